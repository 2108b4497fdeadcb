package org.gtrace.stdlib.uncertainty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A number computed from independent uncertain inputs, in base units: the estimate's equations as
 * a graph whose leaves are {@link Input}s (each a distribution with a key) and constants. The
 * same graph gives the value at the inputs' central values ({@link #central()}), computed as it
 * is built, and, through {@link Propagation}, the distribution of the value over joint draws of
 * its inputs: an input used in several places is drawn once per sample and shared, so
 * {@code a - a} is exactly zero and chains of any length keep their spread.
 *
 * <p>Each node also knows its support (the interval its value can take, conservatively), so a
 * division by something that can be zero, or a logarithm of something that can be zero or
 * negative, is refused when it is written ({@link DomainError}) rather than giving numbers that
 * have no mean. Constant operands are folded, so a formula of points is a {@link Constant}.
 *
 * <p>Nothing here recurses: a chain of 10,000 operations is built, inspected and evaluated with
 * explicit stacks, and nodes compare by identity.
 */
public abstract sealed class Formula permits Formula.Input, Formula.Constant, Formula.Operation, Formula.Ensemble {

    /** The operations a formula can apply. */
    public enum Op {
        ADD("+"), SUBTRACT("−"), MULTIPLY("×"), DIVIDE("/"), NEGATE("−"), POWER("^"), LOG("ln"), EXP("exp"),
        MIN("min"), MAX("max");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private final double central;
    private final double low;
    private final double high;

    private Formula(double central, double low, double high) {
        this.central = central;
        this.low = low;
        this.high = high;
    }

    /** The value with every input at its central value (see {@link Distribution#central()}). */
    public final double central() {
        return central;
    }

    /** The least value the formula can take (conservative: shared inputs are not tracked). */
    public final double low() {
        return low;
    }

    /** The largest value the formula can take (conservative). */
    public final double high() {
        return high;
    }

    /** True when no input is uncertain: the value is {@link #central()}. */
    public final boolean isConstant() {
        return this instanceof Constant;
    }

    public static Formula constant(double value) {
        return new Constant(value);
    }

    /** An independent uncertain input; inputs with one key are one input, drawn once per sample. */
    public static Input input(String key, Distribution distribution) {
        return new Input(key, key, distribution);
    }

    /** An input with a display name other than its key. */
    public static Input input(String key, String name, Distribution distribution) {
        return new Input(key, name, distribution);
    }

    /**
     * Values known per run of a stochastic model (a simulation repeated with different seeds):
     * sample {@code i} takes run {@code i mod runs}, so model inputs drawn per sample are paired
     * with every run in turn.
     */
    public static Formula ensemble(String name, double[] perRun) {
        return perRun.length == 1 ? constant(perRun[0]) : new Ensemble(name, perRun);
    }

    public Formula plus(Formula o) { return Operation.of(Op.ADD, this, o, 0); }
    public Formula minus(Formula o) { return Operation.of(Op.SUBTRACT, this, o, 0); }
    public Formula times(Formula o) { return Operation.of(Op.MULTIPLY, this, o, 0); }
    public Formula dividedBy(Formula o) { return Operation.of(Op.DIVIDE, this, o, 0); }
    public Formula min(Formula o) { return Operation.of(Op.MIN, this, o, 0); }
    public Formula max(Formula o) { return Operation.of(Op.MAX, this, o, 0); }
    public Formula negate() { return Operation.of(Op.NEGATE, this, null, 0); }
    public Formula log() { return Operation.of(Op.LOG, this, null, 0); }
    public Formula exp() { return Operation.of(Op.EXP, this, null, 0); }

    public Formula times(double k) {
        return k == 1 ? this : times(constant(k));
    }

    public Formula plus(double k) {
        return k == 0 ? this : plus(constant(k));
    }

    /** This formula to a constant power. */
    public Formula pow(double exponent) {
        return exponent == 1 ? this : Operation.of(Op.POWER, this, null, exponent);
    }

    /** The distinct uncertain inputs this formula depends on, in the order first met (depth first, left to right). */
    public final List<Input> inputs() {
        Map<String, Input> out = new LinkedHashMap<>();
        for (Formula f : nodes(List.of(this))) if (f instanceof Input i) out.putIfAbsent(i.key(), i);
        return List.copyOf(out.values());
    }

    /** Every node of the graphs of {@code roots}, each once, operands before the operations that use them. */
    static List<Formula> nodes(List<? extends Formula> roots) {
        List<Formula> order = new ArrayList<>();
        IdentityHashMap<Formula, Boolean> seen = new IdentityHashMap<>();
        Deque<Formula> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        for (Formula root : roots) {
            stack.push(root);
            expanded.push(false);
            while (!stack.isEmpty()) {
                Formula f = stack.pop();
                boolean done = expanded.pop();
                if (seen.containsKey(f)) continue;
                if (done || !(f instanceof Operation op)) {
                    seen.put(f, true);
                    order.add(f);
                    continue;
                }
                stack.push(f);
                expanded.push(true);
                if (op.right() != null) {
                    stack.push(op.right());
                    expanded.push(false);
                }
                stack.push(op.left());
                expanded.push(false);
            }
        }
        return order;
    }

    /** A point value. */
    public static final class Constant extends Formula {
        private Constant(double value) {
            super(requireFinite(value), value, value);
        }

        public double value() {
            return central();
        }

        @Override
        public String toString() {
            return Numbers.text(central());
        }
    }

    /** An independent uncertain input: a distribution, a key that identifies it and seeds its draws, and a name to show. */
    public static final class Input extends Formula {
        private final String key;
        private final String name;
        private final Distribution distribution;

        private Input(String key, String name, Distribution distribution) {
            super(Objects.requireNonNull(distribution, "distribution").central(), distribution.low(), distribution.high());
            this.key = Objects.requireNonNull(key, "key");
            this.name = Objects.requireNonNull(name, "name");
            this.distribution = distribution;
        }

        public String key() { return key; }
        public String name() { return name; }
        public Distribution distribution() { return distribution; }

        @Override
        public String toString() {
            return name + " ~ " + distribution.describe();
        }
    }

    /** Values per run of a stochastic model, paired with the samples in turn. */
    public static final class Ensemble extends Formula {
        private final String name;
        private final double[] perRun;

        private Ensemble(String name, double[] perRun) {
            super(mean(perRun), min(perRun), max(perRun));
            this.name = Objects.requireNonNull(name);
            this.perRun = perRun.clone();
        }

        public String name() { return name; }
        public int runs() { return perRun.length; }

        double value(long sample) {
            return perRun[(int) (sample % perRun.length)];
        }

        private static double mean(double[] v) {
            if (v.length == 0) throw new IllegalArgumentException("an ensemble needs at least one run");
            double s = 0;
            for (double x : v) s += requireFinite(x);
            return s / v.length;
        }

        private static double min(double[] v) {
            double m = Double.POSITIVE_INFINITY;
            for (double x : v) m = Math.min(m, x);
            return m;
        }

        private static double max(double[] v) {
            double m = Double.NEGATIVE_INFINITY;
            for (double x : v) m = Math.max(m, x);
            return m;
        }
    }

    /** An operation on one or two formulas (and a constant exponent for {@link Op#POWER}). */
    public static final class Operation extends Formula {
        private final Op op;
        private final Formula left;
        private final Formula right;
        private final double exponent;

        private Operation(Op op, Formula left, Formula right, double exponent, double central, Interval support) {
            super(central, support.low(), support.high());
            this.op = op;
            this.left = left;
            this.right = right;
            this.exponent = exponent;
        }

        static Formula of(Op op, Formula a, Formula b, double exponent) {
            Objects.requireNonNull(a, "operand");
            if (op != Op.NEGATE && op != Op.POWER && op != Op.LOG && op != Op.EXP) Objects.requireNonNull(b, "operand");
            Interval support = Interval.of(op, a, b, exponent);
            double central = apply(op, a.central(), b == null ? 0 : b.central(), exponent);
            if (!Double.isFinite(central)) {
                throw new org.gtrace.stdlib.units.UnitError("value is not a finite number (" + central + ") after '" + op.symbol()
                        + "'; check for an overflow in the inputs");
            }
            boolean constant = a.isConstant() && (b == null || b.isConstant());
            if (constant) return new Constant(central);
            return new Operation(op, a, b, exponent, central, support);
        }

        public Op op() { return op; }
        public Formula left() { return left; }
        /** The second operand, or null for a one-operand operation. */
        public Formula right() { return right; }
        public double exponent() { return exponent; }

        static double apply(Op op, double a, double b, double k) {
            return switch (op) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
                case NEGATE -> -a;
                case POWER -> Math.pow(a, k);
                case LOG -> Math.log(a);
                case EXP -> Math.exp(a);
                case MIN -> Math.min(a, b);
                case MAX -> Math.max(a, b);
            };
        }
    }

    private static double requireFinite(double v) {
        if (!Double.isFinite(v)) {
            throw new org.gtrace.stdlib.units.UnitError("value is not a finite number (" + v + "); check for an overflow in the inputs");
        }
        return v;
    }
}
