package org.gtrace.grammar.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * A thing a program declared — a workload, training run, region, simulation — as the values of
 * its properties (evaluated: quantities, uncertain values, words, region shares). The compiler
 * builds the core's objects from it; a scenario is its base with some properties replaced.
 *
 * @param kind     what it is
 * @param name     the bound name
 * @param modality text, image, video… for workloads; "" otherwise
 * @param base     the declaration it derives from (scenario, region from, simulate from), or null
 * @param props    its property values, in the order written
 * @param line     the line of the declaration, for reports
 */
public record Declared(Kind kind, String name, String modality, Declared base, Properties props, int line) {

    /** The kinds of things a program declares. */
    public enum Kind {
        WORKLOAD("workload"), TRAINING("training"), REGION("region"), SIMULATION("simulation");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How a message names it: "workload", "training run". */
        public String word() {
            return this == TRAINING ? "training run" : word;
        }
    }

    public Declared {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        modality = Objects.requireNonNullElse(modality, "");
        props = Objects.requireNonNullElse(props, Properties.none());
    }

    public Declared(Kind kind, String name, String modality, Declared base, Map<String, Object> props, int line) {
        this(kind, name, modality, base, Properties.of(props), line);
    }

    /** A property's value, looking through to the base when this declaration does not set it. */
    public Object get(String property) {
        Object v = props.get(property);
        return v != null || base == null ? v : base.get(property);
    }

    public boolean has(String property) {
        return get(property) != null;
    }

    /**
     * All properties, the base's first, overridden by this one's. Setting one way of giving a
     * quantity drops the base's other ways of giving it: a scenario's {@code preset} replaces the
     * base's {@code energy}, its {@code region} replaces the base's {@code intensity}; otherwise
     * the base's value would silently win over the override.
     */
    public Properties effective() {
        if (base == null) return props;
        Map<String, Object> out = base.effective().copy();
        for (Alternatives group : Alternatives.GROUPS) group.dropReplaced(out, props.words());
        out.putAll(props.copy());
        return Properties.of(out);
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** This declaration's modality, followed through to the base. */
    public String effectiveModality() {
        return !modality.isEmpty() || base == null ? modality : base.effectiveModality();
    }

    @Override
    public String toString() {
        return kind.word() + " " + name;
    }
}
