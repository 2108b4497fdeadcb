package org.gtrace.grammar.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gtrace.grammar.ast.Span;

/** Spans of ANTLR tokens and contexts (package-private: ANTLR types stop at this package). */
final class Spans {

    private Spans() {}

    static Span of(Token t) {
        if (t == null) return Span.NONE;
        int start = t.getStartIndex();
        int end = Math.max(start, t.getStopIndex() + 1);
        return new Span(t.getLine(), t.getCharPositionInLine() + 1, start, end);
    }

    static Span of(TerminalNode n) {
        return n == null ? Span.NONE : of(n.getSymbol());
    }

    static Span of(ParserRuleContext ctx) {
        if (ctx == null) return Span.NONE;
        Span first = of(ctx.getStart());
        Token stop = ctx.getStop();
        if (stop == null || stop.getType() == Token.EOF) return first;
        return new Span(first.line(), first.column(), first.start(), Math.max(first.start(), stop.getStopIndex() + 1));
    }

    /** A span inside one token, {@code offset} characters from its start. */
    static Span inside(Token t, int offset, int length) {
        Span s = of(t);
        return new Span(s.line(), s.column() + offset, s.start() + offset, s.start() + offset + length);
    }
}
