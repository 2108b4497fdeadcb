package org.gtrace.grammar.compile;

import java.util.List;

/** A compiled program: its steps in order. Running it calls the stdlib directly, no javac. */
public record Plan(List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }
}
