package org.gtrace.grammar.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * The evaluated properties of a declaration, in the order written, read as the core's types. A
 * property word is a key of the one schema table ({@code check.Schemas}) the checker validated
 * the block against; each read names the core {@link Field} it gives, so a value of the wrong
 * kind is an error placed at that property, never a ClassCastException.
 */
public final class Properties {

    private static final Properties NONE = new Properties(Map.of());

    private final Map<String, Object> values;

    private Properties(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Properties of(Map<String, Object> values) {
        return values.isEmpty() ? NONE : new Properties(values);
    }

    public static Properties none() {
        return NONE;
    }

    public boolean has(String property) {
        return values.get(property) != null;
    }

    /** The value as evaluated, for a property that takes several shapes (a region word or shares). */
    public Object get(String property) {
        return values.get(property);
    }

    /** The property words written, in order. */
    public Set<String> words() {
        return values.keySet();
    }

    /** A quantity that may be uncertain; the core propagates it. */
    public UncertainQuantity amount(String property, Field field) {
        return Values.value(require(property, field), field);
    }

    /** One number where the core needs one; an uncertain value is refused. */
    public Quantity point(String property, Field field) {
        return Values.point(require(property, field), field);
    }

    /** A count of outputs ("700M" or "700M images"). */
    public UncertainQuantity outputs(String property, Field field) {
        return Values.outputs(require(property, field), field);
    }

    /** A count of tokens ("500" or "500 tokens"). */
    public UncertainQuantity tokens(String property, Field field) {
        return Values.tokens(require(property, field), field);
    }

    /** A word or text ({@code accelerator "H100 SXM"}, {@code preset text.frontier.median}). */
    public String word(String property) {
        Object v = values.get(property);
        return v == null ? null : Values.word(v);
    }

    /** Whether a yes/no property is set. */
    public boolean flag(String property) {
        return Boolean.TRUE.equals(values.get(property));
    }

    public GridBasis basis(String property) {
        return Values.basis(require(property, Field.BASIS));
    }

    /** A certain quantity, when the property holds one. */
    public Optional<Quantity> quantity(String property) {
        return values.get(property) instanceof Quantity q ? Optional.of(q) : Optional.empty();
    }

    /** A mutable copy, for building a scenario's effective properties. */
    Map<String, Object> copy() {
        return new LinkedHashMap<>(values);
    }

    private Object require(String property, Field field) {
        Object v = values.get(property);
        if (v == null) throw new InputError(field, "missing", "give " + property);
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Properties p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
