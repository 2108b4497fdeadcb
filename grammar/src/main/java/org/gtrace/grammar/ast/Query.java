package org.gtrace.grammar.ast;

import java.util.List;

/** A question about declared things; its answer is a Report. */
public sealed interface Query extends Subject permits Query.Measure, Query.Compare, Query.Lifecycle {

    /** {@code emissions ghibli, green by region across US, FR in tCO2e}. */
    record Measure(Metric metric, List<Name> targets, Name by, List<Name> across, Name unit, Span span)
            implements Query {
        public Measure {
            targets = List.copyOf(targets);
            across = List.copyOf(across);
        }
    }

    /** {@code compare ghibli, green} (scenarios) or {@code compare ghibli across US, FR, IN in kgCO2e}; unit may be null. */
    record Compare(List<Name> targets, List<Name> across, Name by, Name unit, Span span) implements Query {
        public Compare {
            targets = List.copyOf(targets);
            across = List.copyOf(across);
        }
    }

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
