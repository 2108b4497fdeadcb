package org.gtrace.grammar.parse;

import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;

/**
 * Refuses programs nested deeper than any real one before ANTLR sees them. The parser's
 * recursion and its adaptive prediction grow faster than linearly with depth: 4,000 nested
 * parentheses took 7 s and 20,000 took 100 s to report "nested too deeply" (found by the fuzz
 * tests in grammar/src/test/.../fuzz). A scan of the characters, skipping strings and comments,
 * finds the first place that is too deep in microseconds.
 */
final class NestingGuard {

    /** Brackets open at once; real programs use a handful. */
    static final int MAX_DEPTH = 64;
    /** Signs in a row ({@code - - - 1}): each is one level of the parser's recursion. */
    static final int MAX_SIGNS = 64;

    private NestingGuard() {}

    /** A syntax error at the first place the source is too deep, or null. */
    static Diagnostic check(String source) {
        int depth = 0, signs = 0, line = 1, col = 1;
        boolean inString = false, inComment = false;
        for (int i = 0; i < source.length(); i++, col++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                col = 0;
                inComment = false;
                inString = false;
                continue;
            }
            if (inComment) continue;
            if (inString) {
                if (c == '\\') { i++; col++; }
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '#') { inComment = true; continue; }
            if (c == '"') { inString = true; continue; }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
            if (depth > MAX_DEPTH) return tooDeep(line, col, i, "brackets are nested more than " + MAX_DEPTH + " deep");
            if (c == '-' || c == '+') signs++;
            else if (!Character.isWhitespace(c)) signs = 0;
            if (signs > MAX_SIGNS) return tooDeep(line, col, i, "more than " + MAX_SIGNS + " signs in a row");
        }
        return null;
    }

    private static Diagnostic tooDeep(int line, int col, int offset, String what) {
        return Diagnostic.error(Kind.SYNTAX, new Span(line, col, offset, offset + 1), "the program is nested too deeply to read: " + what,
                "split long expressions with let");
    }
}
