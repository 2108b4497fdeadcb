package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

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

    /**
     * The name a statement that could not be read was declaring, if its start shows it:
     * {@code workload [modality] NAME}, {@code training|region|scenario|simulate|let|load NAME},
     * or, after a misspelt first word, the word before {@code <} or {@code =} ({@code workoad
     * image ghibli <}, {@code lett x =}).
     */
    static Optional<String> declaredName(List<Token> chunk) {
        if (chunk.size() < 2 || chunk.get(1).getType() != GTraceLexer.ID) return Optional.empty();
        int kind = chunk.get(0).getType();
        if (kind == GTraceLexer.WORKLOAD) {
            boolean modality = chunk.size() > 2 && chunk.get(2).getType() == GTraceLexer.ID;
            return Optional.of(chunk.get(modality ? 2 : 1).getText());
        }
        if (DECLARING.contains(kind)) return Optional.of(chunk.get(1).getText());
        if (kind != GTraceLexer.ID) return Optional.empty();
        for (int i = 1; i < chunk.size() && i <= 3; i++) {
            int next = i + 1 < chunk.size() ? chunk.get(i + 1).getType() : Token.EOF;
            if (chunk.get(i).getType() == GTraceLexer.ID && (next == GTraceLexer.LT || next == GTraceLexer.ASSIGN)) {
                return Optional.of(chunk.get(i).getText());
            }
        }
        return Optional.empty();
    }

    private static final Set<Integer> DECLARING = Set.of(GTraceLexer.TRAINING, GTraceLexer.REGION, GTraceLexer.SCENARIO,
            GTraceLexer.SIMULATE, GTraceLexer.LET, GTraceLexer.LOAD);
}
