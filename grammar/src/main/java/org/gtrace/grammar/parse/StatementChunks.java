package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.gtrace.grammar.GTraceLexer;

/** Splits a token list into statements: at ';' and newlines outside '< >' (an unclosed '<' runs to the end). */
final class StatementChunks {

    private StatementChunks() {}

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.getType() == Token.EOF) break;
            if (t.getType() == GTraceLexer.LT) depth++;
            if (t.getType() == GTraceLexer.GT && depth > 0) depth--;
            boolean separator = t.getType() == GTraceLexer.NEWLINE || t.getType() == GTraceLexer.SEMI;
            if (separator && depth == 0) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }
}
