package org.gtrace.kernel.cell;

import static org.gtrace.grammar.diag.DiagnosticRenderer.red;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.diag.DiagnosticRenderer;
import org.gtrace.grammar.diag.DiagnosticRenderer.Layout;
import org.gtrace.kernel.dsl.CellDiagnostic;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.gtrace.stdlib.units.UnitError;

/**
 * Builds {@link CellError}s: from the language's diagnostics (every one listed, each with its
 * source line and a caret under the column), and from exceptions by type (a user's mistake never
 * shows a Java stack trace).
 */
public final class CellErrors {

    private CellErrors() {}

    public static CellError of(List<CellDiagnostic> diagnostics, String source, String origin) {
        CellDiagnostic first = diagnostics.get(0);
        List<String> tb = new ArrayList<>();
        for (CellDiagnostic d : diagnostics) {
            tb.addAll(DiagnosticRenderer.lines(red(d.kind()) + ": " + where(origin, d) + ": " + d.message(), d, source, Layout.GUTTER));
        }
        return new CellError(first.kind(), where(origin, first) + ": " + first.message(), tb);
    }

    private static String where(String origin, CellDiagnostic d) {
        return (origin == null || origin.isEmpty() ? "" : origin + ":") + d.line() + ":" + d.column();
    }

    public static CellError interrupted() {
        return new CellError("KeyboardInterrupt", "the cell was interrupted; the session keeps its state",
                List.of(red("KeyboardInterrupt") + ": the cell was interrupted; everything defined before it is kept"));
    }

    public static CellError nulByte(String source) {
        int at = source.indexOf('\0');
        int line = 1, col = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        String msg = line + ":" + col + ": the cell contains a NUL byte (\\0); delete it and run the cell again";
        return new CellError("SyntaxError", msg, List.of(red("SyntaxError") + ": " + msg));
    }

    /** An exception that escaped a cell, named for its condition. */
    public static CellError of(Throwable t) {
        if (t instanceof UnitError) return simple("UnitError", t.getMessage());
        if (t instanceof InterruptedException || t instanceof CancelledException) return interrupted();
        if (t instanceof UnknownNameError) return simple("NameError", t.getMessage());
        if (t instanceof InputError) return simple("ValueError", t.getMessage());
        if (t instanceof StackOverflowError) return simple("RecursionError", "the computation recursed too deeply");
        if (t instanceof OutOfMemoryError) return simple("MemoryError", "out of memory: " + t.getMessage()
                + "; reduce the size of the run (runs, days, regions) or restart the kernel");
        if (t instanceof IllegalArgumentException) return simple("ValueError", t.getMessage());
        return simple("InternalError", t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + " (this is a bug in G-TRACE; the session is intact)");
    }

    public static CellError simple(String ename, String message) {
        String m = message == null ? "" : message;
        return new CellError(ename, m, List.of(red(ename) + ": " + m));
    }
}
