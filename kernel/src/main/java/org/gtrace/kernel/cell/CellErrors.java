package org.gtrace.kernel.cell;

import java.util.ArrayList;
import java.util.List;
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

    private static final String RED = "\u001b[0;31m";
    private static final String RESET = "\u001b[0m";

    private CellErrors() {}

    public static CellError of(List<CellDiagnostic> diagnostics, String source, String origin) {
        CellDiagnostic first = diagnostics.get(0);
        String[] lines = source.split("\n", -1);
        List<String> tb = new ArrayList<>();
        for (CellDiagnostic d : diagnostics) {
            tb.add(RED + d.kind() + RESET + ": " + where(origin, d) + ": " + d.message());
            tb.addAll(caret(lines, d));
            if (!d.hint().isEmpty()) tb.add("  hint: " + d.hint());
        }
        return new CellError(first.kind(), where(origin, first) + ": " + first.message(), tb);
    }

    private static String where(String origin, CellDiagnostic d) {
        return (origin == null || origin.isEmpty() ? "" : origin + ":") + d.line() + ":" + d.column();
    }

    /** The source line with a gutter, then carets under the span. */
    static List<String> caret(String[] lines, CellDiagnostic d) {
        if (d.line() < 1 || d.line() > lines.length) return List.of();
        String line = lines[d.line() - 1].replace('\t', ' ');
        String gutter = String.format("%5d | ", d.line());
        int col = Math.max(1, Math.min(d.column(), line.length() + 1));
        int len = Math.max(1, Math.min(d.length(), line.length() - col + 1));
        return List.of(gutter + line, " ".repeat(gutter.length() - 2) + "| " + " ".repeat(col - 1) + RED + "^".repeat(len) + RESET);
    }

    public static CellError interrupted() {
        return new CellError("KeyboardInterrupt", "the cell was interrupted; the session keeps its state",
                List.of(RED + "KeyboardInterrupt" + RESET + ": the cell was interrupted; everything defined before it is kept"));
    }

    public static CellError nulByte(String source) {
        int at = source.indexOf('\0');
        int line = 1, col = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        String msg = line + ":" + col + ": the cell contains a NUL byte (\\0); delete it and run the cell again";
        return new CellError("SyntaxError", msg, List.of(RED + "SyntaxError" + RESET + ": " + msg));
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
        return new CellError(ename, m, List.of(RED + ename + RESET + ": " + m));
    }
}
