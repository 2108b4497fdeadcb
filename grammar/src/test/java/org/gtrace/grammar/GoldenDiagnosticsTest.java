package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/<feature>/<name>.gtrace} runs in a fresh session and its
 * diagnostics, in the one text format, must equal {@code <name>.expected} beside it. Run with
 * {@code -Dgolden.update=true} to rewrite the baselines, then review the diff.
 */
class GoldenDiagnosticsTest {

    static final Path ROOT = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<String> names = files.filter(p -> p.toString().endsWith(".gtrace"))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/')).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void diagnosticsMatchTheBaseline(String name) throws IOException {
        Path program = ROOT.resolve(name);
        Path baseline = ROOT.resolve(name.replaceAll("\\.gtrace$", ".expected"));
        String source = Files.readString(program, StandardCharsets.UTF_8);
        Session session = new Session();
        session.baseDirectory(program.getParent());
        String actual = session.execute(source, name).format(name, source);
        if (UPDATE) {
            Files.writeString(baseline, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(baseline), "no baseline " + baseline + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(baseline, StandardCharsets.UTF_8), actual, name);
    }
}
