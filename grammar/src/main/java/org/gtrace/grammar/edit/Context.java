package org.gtrace.grammar.edit;

import java.util.List;
import org.gtrace.grammar.parse.Lexeme;
import org.gtrace.grammar.parse.Lexing;

/**
 * Where the cursor is in a cell, read from its tokens: the word under it, the statement it is in,
 * whether it is inside {@code < >} and at a property name or a property value.
 *
 * @param start     start of the word being typed (or the cursor)
 * @param end       end of the word under the cursor
 * @param prefix    the part of that word before the cursor
 * @param statement first word of the statement the cursor is in ("" at a statement's start)
 * @param base      for {@code scenario X from B} and {@code simulate X from B}: B, else ""
 * @param inBlock   inside an unclosed {@code <}
 * @param property  the property whose value is being typed, or "" at a property name
 * @param previous  the token before the word, or null
 * @param written   the properties already written in the open block
 * @param modality  for {@code workload image w}: the word after the keyword ("image"), else ""
 */
record Context(int start, int end, String prefix, String statement, String base, boolean inBlock, String property,
               Lexeme previous, java.util.Set<String> written, String modality) {

    static Context at(String code, int cursor) {
        int c = Math.max(0, Math.min(cursor, code.length()));
        List<Lexeme> tokens = Lexing.lex(code.substring(0, c));
        int start = c;
        int end = c;
        String prefix = "";
        int last = tokens.size() - 1;
        if (last >= 0) {
            Lexeme t = tokens.get(last);
            if (t.end() == c && (t.kind() == Lexeme.Kind.WORD || t.kind() == Lexeme.Kind.KEYWORD || t.kind() == Lexeme.Kind.UNIT)) {
                start = t.start();
                prefix = t.text();
                last--;
            }
        }
        while (end < code.length() && isWordChar(code.charAt(end))) end++;
        int stmtStart = statementStart(tokens, last);
        String statement = stmtStart <= last && stmtStart >= 0 ? tokens.get(stmtStart).text() : "";
        String base = "";
        boolean inBlock = false;
        int propStart = -1;
        java.util.Set<String> written = new java.util.LinkedHashSet<>();
        for (int i = stmtStart; i <= last && i >= 0; i++) {
            Lexeme t = tokens.get(i);
            if (t.text().equals("from") && i + 1 <= last) base = tokens.get(i + 1).text();
            if (t.kind() == Lexeme.Kind.OPEN) {
                inBlock = true;
                propStart = i + 1;
                written.clear();
            } else if (t.kind() == Lexeme.Kind.CLOSE) {
                inBlock = false;
            } else if (inBlock && (t.kind() == Lexeme.Kind.SEPARATOR || t.kind() == Lexeme.Kind.NEWLINE)) {
                if (propStart <= i - 1 && propStart >= 0) written.add(tokens.get(propStart).text());
                propStart = i + 1;
            }
        }
        String property = inBlock && propStart <= last ? tokens.get(propStart).text() : "";
        Lexeme previous = last >= 0 ? tokens.get(last) : null;
        String modality = statement.equals("workload") && stmtStart + 2 <= last ? tokens.get(stmtStart + 1).text() : "";
        return new Context(start, end, prefix, statement, base, inBlock, property, previous, java.util.Set.copyOf(written),
                modality);
    }

    /** Index of the first token of the statement containing token {@code last}. */
    private static int statementStart(List<Lexeme> tokens, int last) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= last; i++) {
            Lexeme.Kind k = tokens.get(i).kind();
            if (k == Lexeme.Kind.OPEN) depth++;
            else if (k == Lexeme.Kind.CLOSE) depth = Math.max(0, depth - 1);
            else if (depth == 0 && (k == Lexeme.Kind.NEWLINE || k == Lexeme.Kind.SEPARATOR)) start = i + 1;
        }
        return start;
    }

    static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '-';
    }
}
