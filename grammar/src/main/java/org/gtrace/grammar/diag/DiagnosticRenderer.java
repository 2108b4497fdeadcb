package org.gtrace.grammar.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The one text renderer of diagnostics, for the CLI, the kernel and the golden tests: a
 * headline, then the source line with carets under what it points at, then the hint. Front ends
 * choose the headline and the {@link Layout}; the JSON forms are theirs.
 */
public final class DiagnosticRenderer {

    /** What the renderer needs of a diagnostic besides its headline, whoever reported it (the language, JShell). */
    public interface Site {
        /** 1-based; 0 or a line the source lacks shows no source line. */
        int line();

        /** 1-based. */
        int column();

        /** Characters to underline. */
        int length();

        /** How to fix it, or "". */
        String hint();
    }

    /** How the source line and its carets are laid out. */
    public enum Layout {
        /** Indented by two spaces; every control character shows as a space. The CLI and the golden files. */
        INDENTED {
            @Override
            String shown(String line) {
                String noCr = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                StringBuilder clean = new StringBuilder(noCr.length());
                for (char c : noCr.toCharArray()) clean.append(Character.isISOControl(c) ? ' ' : c); // tabs, NULs: one column each
                return clean.toString();
            }

            @Override
            List<String> excerpt(int lineNo, String shown, int from, int width) {
                return List.of("  " + shown, "  " + " ".repeat(from) + "^".repeat(width));
            }
        },
        /** The line number in a gutter and the carets in red, as a Jupyter traceback shows it; tabs show as spaces. */
        GUTTER {
            @Override
            String shown(String line) {
                return line.replace('\t', ' ');
            }

            @Override
            List<String> excerpt(int lineNo, String shown, int from, int width) {
                String gutter = String.format("%5d | ", lineNo);
                return List.of(gutter + shown, " ".repeat(gutter.length() - 2) + "| " + " ".repeat(from) + mark("^".repeat(width)));
            }
        };

        abstract String shown(String line);

        abstract List<String> excerpt(int lineNo, String shown, int from, int width);
    }

    private static final String RED = "\u001b[0;31m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private DiagnosticRenderer() {}

    /** {@code FILE:LINE:COL: error[code]: message}, as the golden files keep it ({@code <input>} when there is no file). */
    public static String headline(Diagnostic d, String origin) {
        return where(origin == null || origin.isEmpty() ? "<input>" : origin, d) + ": " + d.severity().label()
                + '[' + d.code() + "]: " + d.message();
    }

    /** {@code FILE:LINE:COL: error: message [Kind]}, the first line the CLI contract promises. */
    public static String contractHeadline(Diagnostic d, String file) {
        return where(file, d) + ": " + d.severity().label() + ": " + d.message() + " [" + d.kind().ename() + "]";
    }

    /** The file, then {@code :LINE:COL} when the diagnostic has a line. */
    private static String where(String file, Diagnostic d) {
        return d.line() > 0 ? file + ":" + d.line() + ":" + d.column() : file;
    }

    /** {@code headline}, the source line and its carets when the source has that line, then the hint. */
    public static List<String> lines(String headline, Site d, String source, Layout layout) {
        List<String> lines = new ArrayList<>(List.of(headline));
        String line = sourceLine(source, d.line());
        if (line != null) {
            String shown = layout.shown(line);
            // carets under the offending text, clipped to the line it starts on
            int from = Math.min(Math.max(1, d.column()) - 1, shown.length());
            int width = Math.max(1, Math.min(d.length(), shown.length() - from));
            lines.addAll(layout.excerpt(d.line(), shown, from, width));
        }
        if (!d.hint().isEmpty()) lines.add("  hint: " + d.hint());
        return lines;
    }

    /** The lines of {@link #lines} joined by newlines. */
    public static String text(String headline, Site d, String source, Layout layout) {
        return String.join("\n", lines(headline, d, source, layout));
    }

    /** Red for a terminal or a Jupyter traceback. */
    public static String red(String s) {
        return RED + s + RESET;
    }

    /**
     * Carets in bold, in the text's own colour: red carets were hard to see on JupyterLab's dark
     * error background, where the text colour stays legible.
     */
    public static String mark(String s) {
        return BOLD + s + RESET;
    }

    /** Line {@code lineNo} of {@code source} as written (a trailing CR kept), or null when it has no such line. */
    private static String sourceLine(String source, int lineNo) {
        if (source == null || lineNo <= 0) return null;
        int start = 0;
        for (int i = 1; i < lineNo; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) : source.substring(start, end);
    }
}
