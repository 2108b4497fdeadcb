package org.gtrace.grammar.ast;

/**
 * Where a node sits in its source: 1-based line and column of its first character, and the
 * character offsets [start, end) it covers. Spans of one cell are relative to that cell's text.
 */
public record Span(int line, int column, int start, int end) {

    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The span from the start of {@code this} to the end of {@code other}. */
    public Span to(Span other) {
        if (other == null || other == NONE) return this;
        if (this == NONE) return other;
        return new Span(line, column, start, Math.max(end, other.end));
    }

    public int length() {
        return Math.max(1, end - start);
    }
}
