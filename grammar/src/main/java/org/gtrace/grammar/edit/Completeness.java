package org.gtrace.grammar.edit;

import org.gtrace.grammar.parse.Lexeme;
import org.gtrace.grammar.parse.Lexing;

/** Whether a cell is ready to run (Jupyter's is_complete): an unclosed {@code <} or {@code (} is not. */
public final class Completeness {

    public enum Status { COMPLETE, INCOMPLETE, INVALID }

    private Completeness() {}

    public static Status of(String code) {
        int angles = 0;
        int parens = 0;
        Lexeme last = null;
        for (Lexeme t : Lexing.lex(code)) {
            switch (t.kind()) {
                case OPEN -> angles++;
                case CLOSE -> angles--;
                case LPAREN -> parens++;
                case RPAREN -> parens--;
                default -> { }
            }
            if (angles < 0 || parens < 0) return Status.INVALID;
            if (t.kind() != Lexeme.Kind.NEWLINE) last = t;
        }
        if (angles > 0 || parens > 0) return Status.INCOMPLETE;
        if (last != null && last.kind() == Lexeme.Kind.OTHER && "+-*/=±,".contains(last.text())) return Status.INCOMPLETE;
        return Status.COMPLETE;
    }
}
