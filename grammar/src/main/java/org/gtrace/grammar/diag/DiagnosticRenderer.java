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
        Excerpt e = excerpt(source, d.line(), Math.max(1, d.column()) - 1, d.length(), layout);
        if (e != null) lines.addAll(layout.excerpt(d.line(), e.text(), e.from(), e.width()));
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
    /**
     * Line {@code lineNo} of {@code source} as an excerpt shows it, with carets from column
     * {@code from} (0-based) for {@code length}: at most {@link #EXCERPT_WIDTH} characters around
     * them, "…" where it was cut. Work per diagnostic is bounded by that width, not by the line.
     */
    private static Excerpt excerpt(String source, int lineNo, int from, int length, Layout layout) {
        if (source == null || lineNo <= 0) return null;
        int[] starts = lineStarts(source);
        if (lineNo > starts.length) return null;
        int lineStart = starts[lineNo - 1];
        int lineEnd = lineNo < starts.length ? starts[lineNo] - 1 : source.length();
        if (lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r') lineEnd--;
        int len = lineEnd - lineStart;
        int at = Math.min(from, len);
        int start = len <= EXCERPT_WIDTH ? 0 : Math.max(0, Math.min(at - EXCERPT_WIDTH / 3, len - EXCERPT_WIDTH));
        int end = Math.min(len, start + EXCERPT_WIDTH);
        String head = start > 0 ? "…" : "";
        String text = head + layout.shown(source.substring(lineStart + start, lineStart + end)) + (end < len ? "…" : "");
        int width = Math.max(1, Math.min(length, end - at));
        return new Excerpt(text, at - start + head.length(), width);
    }

    /** Where each line of a source starts, kept for the last source asked about: a program with thousands of diagnostics is indexed once, not once each. */
    private record LineIndex(String source, int[] starts) {}

    private static volatile LineIndex lastIndex;

    private static int[] lineStarts(String source) {
        LineIndex index = lastIndex;
        if (index != null && index.source() == source) return index.starts();
        int[] starts = new int[16];
        int n = 0;
        int at = 0;
        while (true) {
            if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
            starts[n++] = at;
            int nl = source.indexOf('\n', at);
            if (nl < 0) break;
            at = nl + 1;
        }
        int[] exact = java.util.Arrays.copyOf(starts, n);
        lastIndex = new LineIndex(source, exact);
        return exact;
    }

    /** The most characters of a source line an excerpt shows: a 100,000-character line under each of 8,000 warnings was 1.1 GB of output. */
    static final int EXCERPT_WIDTH = 160;

    /** A source line as an excerpt shows it, and where its carets go. */
    record Excerpt(String text, int from, int width) {}

}
