package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Vocabulary;

/** The words the language reserves, read off the lexer: editors that colour them stay in step with the grammar. */
public final class Keywords {

    private static final List<String> ALL = read(GTraceLexer.VOCABULARY);

    private Keywords() {}

    /** Every lexer token that is one lowercase word ('workload', 'from', 'per'), in the grammar's order. */
    public static List<String> all() {
        return ALL;
    }

    private static List<String> read(Vocabulary v) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal != null && literal.matches("'[a-z]+'")) out.add(literal.substring(1, literal.length() - 1));
        }
        return List.copyOf(out);
    }
}
