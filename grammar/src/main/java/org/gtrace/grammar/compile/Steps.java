package org.gtrace.grammar.compile;

import java.util.function.Consumer;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.runtime.RunContext;

/** Small helpers for writing steps. */
public final class Steps {

    private Steps() {}

    /** A step that runs {@code body}. */
    public static Step of(Span span, Consumer<RunContext> body) {
        return new Step() {
            @Override
            public Span span() {
                return span;
            }

            @Override
            public void run(RunContext ctx) {
                body.accept(ctx);
            }
        };
    }
}
