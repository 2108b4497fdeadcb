package org.gtrace.grammar.ast;

import java.util.List;

/** An expression. Every node knows its span; none refers to ANTLR. */
public sealed interface Expr extends Subject
        permits Expr.Number, Expr.Pixels, Expr.Text, Expr.Measure, Expr.Call, Expr.Ref, Expr.Member,
        Expr.Binary, Expr.Negate, Expr.Range, Expr.Spread {

    Span span();

    /**
     * A number as written, scale suffix applied (700M is 7e8); {@code unit} is the unit text
     * ("kWh", "g/kWh", "%") or null for a plain number.
     */
    record Number(double value, String unit, Span unitSpan, Span span) implements Expr {}

    /** An image or video resolution such as 1024x1024. */
    record Pixels(int width, int height, Span span) implements Expr {}

    /** A string literal, unquoted and unescaped. */
    record Text(String value, Span span) implements Expr {}

    /** {@code emissions ghibli} used as a value: the CO2e (or energy, or water) of a thing. */
    record Measure(Metric metric, Name target, Span span) implements Expr {}

    /** {@code lognormal(0.006 kWh, 1.5)}, {@code logistic(peak = 20 days, width = 5 days)}. */
    record Call(Name function, List<Argument> arguments, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** One argument; {@code name} is null for a positional one. */
    record Argument(Name name, Expr value, Span span) {}

    /** A name bound in the session or earlier in the cell. */
    record Ref(Name name, Span span) implements Expr {}

    /** {@code telemetry.energy}, {@code gpt3.energy}. */
    record Member(Expr target, Name member, Span span) implements Expr {}

    record Binary(Op op, Expr left, Expr right, Span span) implements Expr {}

    record Negate(Expr operand, Span span) implements Expr {}

    /** {@code 0.004 .. 0.008 kWh}: uniform between two bounds. */
    record Range(Expr low, Expr high, Span span) implements Expr {}

    /** {@code 0.006 kWh ± 10%} or {@code ± 0.001 kWh}. */
    record Spread(Expr centre, Expr spread, Span span) implements Expr {}

    enum Op {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
