package org.gtrace.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    /** What lab-extension/scripts/keywords.mjs reads for the JupyterLab editor: the two must agree. */
    @Test
    void theKeywordsAreTheGrammarsOneWordLexerRules() throws Exception {
        String g4 = Files.readString(Path.of("src/main/antlr4/org/gtrace/grammar/parse/GTrace.g4"));
        List<String> rules = Pattern.compile("(?m)^[A-Z_]+\\s*:\\s*'([a-z]+)'\\s*;").matcher(g4).results().map(m -> m.group(1)).toList();
        assertEquals(rules, Keywords.all());
        assertEquals(33, Keywords.all().size());
    }
}
