package org.gtrace.grammar.runtime;

import org.gtrace.stdlib.uncertainty.ProgressListener;

/** Forwards the stdlib's progress to the session's, and turns a front end's cancel into an interrupt. */
public final class Progressing {
    private Progressing() {}

    public static ProgressListener listener(RunContext ctx, String task) {
        return fraction -> {
            ctx.progress().update(task, fraction);
            // the stdlib's loops stop on the interrupt flag; a cancel from the front end sets it
            if (ctx.progress().cancelled()) Thread.currentThread().interrupt();
        };
    }
}
