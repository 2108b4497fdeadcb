package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** Tokens of a (possibly unfinished) cell, for the editing helpers. */
public final class Lexing {

    private Lexing() {}

    public static List<Lexeme> lex(String code) {
        GTraceLexer lexer = new GTraceLexer(CharStreams.fromString(code));
        lexer.removeErrorListeners();
        List<Lexeme> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(new Lexeme(kind(t.getType()), t.getText(), t.getStartIndex(), t.getStopIndex() + 1));
        }
        return out;
    }

    private static Lexeme.Kind kind(int type) {
        return switch (type) {
            case GTraceLexer.ID, GTraceLexer.DOTTED_ID -> Lexeme.Kind.WORD;
            case GTraceLexer.NUMBER, GTraceLexer.PIXELS -> Lexeme.Kind.NUMBER;
            case GTraceLexer.RATIO, GTraceLexer.PERCENT -> Lexeme.Kind.UNIT;
            case GTraceLexer.STRING -> Lexeme.Kind.STRING;
            case GTraceLexer.LT -> Lexeme.Kind.OPEN;
            case GTraceLexer.GT -> Lexeme.Kind.CLOSE;
            case GTraceLexer.LPAREN -> Lexeme.Kind.LPAREN;
            case GTraceLexer.RPAREN -> Lexeme.Kind.RPAREN;
            case GTraceLexer.SEMI -> Lexeme.Kind.SEPARATOR;
            case GTraceLexer.NEWLINE -> Lexeme.Kind.NEWLINE;
            default -> type >= GTraceLexer.WORKLOAD && type <= GTraceLexer.OVER ? Lexeme.Kind.KEYWORD : Lexeme.Kind.OTHER;
        };
    }

    /** Every keyword of the language, as written. */
    public static List<String> keywords() {
        List<String> out = new ArrayList<>();
        for (int t = GTraceLexer.WORKLOAD; t <= GTraceLexer.OVER; t++) {
            String lit = GTraceLexer.VOCABULARY.getLiteralName(t);
            out.add(lit.substring(1, lit.length() - 1));
        }
        return out;
    }
}
