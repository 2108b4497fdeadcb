package org.gtrace.grammar.diag;

import java.util.Objects;
import org.gtrace.grammar.ast.Span;

/**
 * One message about a program: what is wrong, where, and how to fix it. Diagnostics are data,
 * collected per run; front ends format them.
 *
 * @param severity error, warning or note
 * @param kind     the family, which gives the code and the Jupyter ename
 * @param span     where in the cell or file (line and column are 1-based)
 * @param message  a short sentence in the imperative voice of the project
 * @param hint     how to fix it, or "" when there is nothing useful to add
 */
public record Diagnostic(Severity severity, Kind kind, Span span, String message, String hint)
        implements DiagnosticRenderer.Site {

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(kind);
        span = Objects.requireNonNullElse(span, Span.NONE);
        Objects.requireNonNull(message);
        hint = Objects.requireNonNullElse(hint, "");
    }

    public static Diagnostic error(Kind kind, Span span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, kind, span, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String code() {
        return kind.code();
    }

    @Override
    public int line() {
        return span.line();
    }

    @Override
    public int column() {
        return span.column();
    }

    @Override
    public int length() {
        return span.length();
    }

    /** {@code FILE:LINE:COL: error[code]: message}, then the source line, a caret line and the hint. */
    public String format(String origin, String source) {
        return DiagnosticRenderer.text(headline(origin), this, source, DiagnosticRenderer.Layout.INDENTED);
    }

    /** The first line only: {@code FILE:LINE:COL: error[code]: message}. */
    public String headline(String origin) {
        return DiagnosticRenderer.headline(this, origin);
    }
}
