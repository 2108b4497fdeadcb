package org.gtrace.grammar.diag;

/** The one text format of diagnostics, shared by the CLI, the kernel and the golden tests. */
final class DiagnosticFormat {

    private DiagnosticFormat() {}

    static String headline(Diagnostic d, String origin) {
        StringBuilder b = new StringBuilder();
        b.append(origin == null || origin.isEmpty() ? "<input>" : origin);
        if (d.span().line() > 0) b.append(':').append(d.span().line()).append(':').append(d.span().column());
        b.append(": ").append(d.severity().label()).append('[').append(d.code()).append("]: ").append(d.message());
        return b.toString();
    }

    static String full(Diagnostic d, String origin, String source) {
        StringBuilder b = new StringBuilder(headline(d, origin));
        String line = sourceLine(source, d.span().line());
        if (line != null) {
            StringBuilder clean = new StringBuilder(line.length());
            for (char c : line.toCharArray()) clean.append(Character.isISOControl(c) ? ' ' : c); // tabs, NULs: one column each
            String shown = clean.toString();
            b.append('\n').append("  ").append(shown).append('\n').append("  ").append(caret(d, shown));
        }
        if (!d.hint().isEmpty()) b.append('\n').append("  hint: ").append(d.hint());
        return b.toString();
    }

    /** Carets under the offending text, clipped to the line it starts on. */
    private static String caret(Diagnostic d, String line) {
        int col = Math.max(1, d.span().column());
        int from = Math.min(col - 1, line.length());
        int width = Math.max(1, Math.min(d.span().length(), line.length() - from));
        return " ".repeat(from) + "^".repeat(width);
    }

    static String sourceLine(String source, int lineNo) {
        if (source == null || lineNo <= 0) return null;
        int start = 0;
        for (int i = 1; i < lineNo; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        String line = end < 0 ? source.substring(start) : source.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
