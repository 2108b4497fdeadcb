package org.gtrace.grammar.ast;

import java.util.List;

/** A question about declared things; its answer is a Report. */
public sealed interface Query extends Subject permits Query.Measure, Query.Compare, Query.Lifecycle {

    /**
     * {@code emissions ghibli, green by region across US, FR in tCO2e}; {@code emissions tel by model, day where region = FRA};
     * {@code emissions tel with uk}: a loaded table's energy priced at the intensity of each interval of grid table
     * {@code uk} ({@code grid} null when not hour-matched).
     */
    record Measure(Metric metric, List<Name> targets, List<Name> byAll, List<Condition> where, Name grid, List<Name> across, Name unit,
                   Span span) implements Query {
        public Measure {
            targets = List.copyOf(targets);
            byAll = List.copyOf(byAll);
            where = List.copyOf(where);
            across = List.copyOf(across);
        }

        /** The first thing broken down by, or null. */
        public Name by() {
            return byAll.isEmpty() ? null : byAll.get(0);
        }
    }

    /** {@code compare ghibli, green} (scenarios) or {@code compare ghibli across US, FR, IN in kgCO2e}; unit may be null. */
    record Compare(List<Name> targets, List<Name> across, List<Name> byAll, List<Condition> where, Name unit, Span span) implements Query {
        public Compare {
            targets = List.copyOf(targets);
            across = List.copyOf(across);
            byAll = List.copyOf(byAll);
            where = List.copyOf(where);
        }

        public Name by() {
            return byAll.isEmpty() ? null : byAll.get(0);
        }
    }

    /**
     * {@code region = FRA}, {@code date >= 2025-03-25}: a condition on a loaded table's rows. The
     * value is text as written (a date, a number, a word, a string's contents); op is =, != , >= or <=;
     * unit is the unit a number is written in ({@code energy >= 1 kWh}), or null.
     */
    record Condition(Name column, String op, String value, Name unit, Span valueSpan) {}

    /**
     * {@code lifecycle gpt3 with chat over 10B outputs}: training amortised over the lifetime
     * outputs (default: the outputs of the workloads); {@code outputs} may be null.
     */
    record Lifecycle(Name training, List<Name> serving, Expr outputs, Span span) implements Query {
        public Lifecycle {
            serving = List.copyOf(serving);
        }
    }
}
