package org.gtrace.stdlib.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gtrace.stdlib.units.Quantity;

/**
 * How a number was obtained: the formula, each value put into it with its unit and source, and
 * the derivations of inputs that were themselves computed.
 *
 * @param name     what the result is, e.g. "energy of ghibli"
 * @param formula  the equation in symbols, e.g. "E = N × e × PUE"
 * @param inputs   the symbols' values, in formula order
 * @param result   the value obtained
 * @param steps    derivations of inputs that were computed (shown indented)
 */
public record Derivation(String name, String formula, List<Input> inputs, Quantity result, List<Derivation> steps) {

    /** One value substituted into a formula. */
    public record Input(String symbol, String meaning, Quantity value, Source source) {}

    public Derivation {
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
    }

    public static Derivation leaf(String name, Quantity value, Source source) {
        return new Derivation(name, name, List.of(new Input(name, name, value, source)), value, List.of());
    }

    public static Builder of(String name, String formula) {
        return new Builder(name, formula);
    }

    /** Every distinct source behind this result, depth first. */
    public Set<Source> sources() {
        Set<Source> out = new LinkedHashSet<>();
        collect(out);
        return out;
    }

    private void collect(Set<Source> out) {
        for (Input i : inputs) {
            if (i.source() != null) out.add(i.source());
        }
        for (Derivation d : steps) d.collect(out);
    }

    public String toText() {
        return DerivationText.text(this);
    }

    public String toMarkdown() {
        return DerivationText.markdown(this);
    }

    public String toHtml() {
        return DerivationText.html(this);
    }

    /** Assembles a derivation input by input. */
    public static final class Builder {
        private final String name;
        private final String formula;
        private final List<Input> inputs = new ArrayList<>();
        private final List<Derivation> steps = new ArrayList<>();

        private Builder(String name, String formula) {
            this.name = name;
            this.formula = formula;
        }

        public Builder input(String symbol, String meaning, Quantity value, Source source) {
            inputs.add(new Input(symbol, meaning, value, source));
            return this;
        }

        public Builder step(Derivation d) {
            if (d != null) steps.add(d);
            return this;
        }

        public Derivation result(Quantity value) {
            return new Derivation(name, formula, inputs, value, steps);
        }
    }
}
