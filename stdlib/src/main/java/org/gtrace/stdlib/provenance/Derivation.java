package org.gtrace.stdlib.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * How a number was obtained: the formula, each value put into it with its unit and source, and
 * the derivations of inputs that were themselves computed.
 *
 * <p>When inputs are uncertain, each input keeps how it was given ({@link Input#uncertain}) and
 * the result the formula it is ({@link #uncertain}); {@link #summarised} then puts the Monte Carlo
 * mean and band in place of the central value, so an explanation reports the same statistics as
 * the headline.
 *
 * @param name      what the result is, e.g. "energy of ghibli"
 * @param formula   the equation in symbols, e.g. "E = N × e × PUE"
 * @param inputs    the symbols' values, in formula order
 * @param result    the value obtained: at the inputs' central values, or once summarised the mean
 * @param steps     derivations of inputs that were computed (shown indented)
 * @param uncertain the result as a formula of uncertain inputs, or null for a point
 * @param band      the Monte Carlo statistics of the result once summarised, else null
 */
public record Derivation(String name, String formula, List<Input> inputs, Quantity result, List<Derivation> steps,
                         UncertainQuantity uncertain, McResult band) {

    /**
     * One value substituted into a formula.
     *
     * @param value     its value (the central value of an uncertain one)
     * @param uncertain how an uncertain value was given, or null for a point
     */
    public record Input(String symbol, String meaning, Quantity value, Source source, UncertainQuantity uncertain) {
        public Input(String symbol, String meaning, Quantity value, Source source) {
            this(symbol, meaning, value, source, null);
        }

        /** Equal when they read the same: an uncertain value's formula is compared by how it was given, not by identity. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Input i && symbol.equals(i.symbol) && meaning.equals(i.meaning) && value.equals(i.value)
                    && java.util.Objects.equals(source, i.source) && given().equals(i.given());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(symbol, meaning, value, source, given());
        }

        private String given() {
            return uncertain == null ? "" : uncertain.describe();
        }
    }

    public Derivation {
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        if (uncertain != null && uncertain.isPoint()) uncertain = null;
    }

    public Derivation(String name, String formula, List<Input> inputs, Quantity result, List<Derivation> steps) {
        this(name, formula, inputs, result, steps, null, null);
    }

    public static Derivation leaf(String name, Quantity value, Source source) {
        return new Derivation(name, name, List.of(new Input(name, name, value, source)), value, List.of());
    }

    /** Equal when they read the same (formulas compared by their statistics, not their identity): a rerun is equal to the run. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Derivation d && name.equals(d.name) && formula.equals(d.formula) && inputs.equals(d.inputs)
                && result.equals(d.result) && steps.equals(d.steps) && java.util.Objects.equals(band, d.band)
                && (uncertain == null) == (d.uncertain == null);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, formula, inputs, result, steps, band);
    }

    /** The formulas of this derivation's uncertain results, this one's and its steps', for a propagation. */
    public List<Formula> formulas() {
        List<Formula> out = new ArrayList<>();
        java.util.ArrayDeque<Derivation> todo = new java.util.ArrayDeque<>(List.of(this));
        while (!todo.isEmpty()) {
            Derivation d = todo.pop();
            if (d.uncertain != null) out.add(d.uncertain.formula());
            todo.addAll(d.steps);
        }
        return out;
    }

    /**
     * The same derivation with each uncertain result replaced by its Monte Carlo mean and band,
     * as {@code statistics} gives them (null where it has none).
     */
    public Derivation summarised(Function<Formula, McResult> statistics) {
        List<Derivation> s = steps.stream().map(d -> d.summarised(statistics)).toList();
        McResult r = uncertain == null ? null : statistics.apply(uncertain.formula());
        Quantity value = r == null ? result : new Quantity(r.mean(), result.dimension());
        List<Input> in = inputs.stream().map(i -> summarised(i, statistics)).toList();
        return new Derivation(name, formula, in, value, s, uncertain, r);
    }

    /** A computed input (the result of another step) shown at its mean, as that step shows it; a written one as written. */
    private static Input summarised(Input i, Function<Formula, McResult> statistics) {
        if (i.uncertain() == null || i.uncertain().formula() instanceof Formula.Input) return i;
        McResult r = statistics.apply(i.uncertain().formula());
        return r == null ? i : new Input(i.symbol(), i.meaning(), new Quantity(r.mean(), i.value().dimension()), i.source(), i.uncertain());
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

        /** An input that may be uncertain: shown at its central value, with how it was given. */
        public Builder input(String symbol, String meaning, UncertainQuantity value, Source source) {
            inputs.add(new Input(symbol, meaning, value.central(), source, value.isPoint() ? null : value));
            return this;
        }

        public Builder step(Derivation d) {
            if (d != null) steps.add(d);
            return this;
        }

        public Derivation result(Quantity value) {
            return new Derivation(name, formula, inputs, value, steps);
        }

        /** The result as a formula of possibly uncertain inputs (shown at central values until summarised). */
        public Derivation result(UncertainQuantity value) {
            return new Derivation(name, formula, inputs, value.central(), steps, value, null);
        }
    }
}
