package org.gtrace.grammar.parse;

/**
 * A token for editing help (completion, inspection, is-complete), free of ANTLR types.
 *
 * @param kind  what sort of token
 * @param text  as written
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record Lexeme(Kind kind, String text, int start, int end) {

    public enum Kind { WORD, KEYWORD, NUMBER, UNIT, STRING, OPEN, CLOSE, LPAREN, RPAREN, SEPARATOR, NEWLINE, OTHER }
}
