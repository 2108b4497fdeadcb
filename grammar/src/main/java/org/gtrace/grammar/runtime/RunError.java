package org.gtrace.grammar.runtime;

import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;

/**
 * A statement could not run: an expectation failed, a file could not be read, the core refused
 * a value. The session turns it into a {@link Diagnostic}; it never reaches a user as a stack trace.
 */
public final class RunError extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public RunError(Kind kind, Span span, String message, String hint) {
        super(message, null, false, false);
        this.diagnostic = Diagnostic.error(kind, span, message, hint);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
