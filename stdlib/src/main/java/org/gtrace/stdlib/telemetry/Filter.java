package org.gtrace.stdlib.telemetry;

/**
 * One condition rows must meet: {@code region = FRA}, {@code date >= 2025-03-25}, {@code requests >= 100}.
 * The value is text as written; it is read as the column's kind when the query runs.
 */
public record Filter(GroupKey on, Op op, String value) {

    public enum Op {
        EQ("="), NE("!="), GE(">="), LE("<="), GT(">"), LT("<");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Op of(String symbol) {
            if (symbol.equals("==")) return EQ;
            for (Op o : values()) {
                if (o.symbol.equals(symbol)) return o;
            }
            throw new IllegalArgumentException("no comparison '" + symbol + "'");
        }
    }
}
