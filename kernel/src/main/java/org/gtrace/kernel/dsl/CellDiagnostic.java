package org.gtrace.kernel.dsl;

import org.gtrace.grammar.diag.DiagnosticRenderer;

/**
 * One error in a cell.
 *
 * @param kind    what went wrong, as a short error name: SyntaxError, UnitError, NameError, ...
 * @param line    1-based line in the cell
 * @param column  1-based column
 * @param length  characters to underline (at least 1)
 * @param message what is wrong
 * @param hint    how to fix it, or ""
 */
public record CellDiagnostic(String kind, int line, int column, int length, String message, String hint)
        implements DiagnosticRenderer.Site {

    public CellDiagnostic {
        length = Math.max(1, length);
        hint = hint == null ? "" : hint;
    }
}
