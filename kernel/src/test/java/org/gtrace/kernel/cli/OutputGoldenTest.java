package org.gtrace.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output goldens: each {@code output-golden/<name>.gtrace} runs, its statements in order, in one
 * fresh {@link Session} with seed {@value #SEED} and the root locale (as {@code gtrace run} runs a
 * file), and every result's text table, {@code --json} objects and notebook HTML must equal the
 * baselines beside it ({@code <name>.text.baseline}, {@code .json.baseline}, {@code .html.baseline}; see
 * {@link GoldenRenderings} and the folder's README). A changed number is a failed test until the
 * baselines are rewritten, and then a diff someone reviews. Rewrite them with
 *
 * <pre>
 * mvn -o -q -B test -pl kernel -am -Dtest=OutputGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgtrace.goldens.rewrite=true
 * </pre>
 *
 * then read {@code git diff kernel/src/test/resources/output-golden} before committing.
 */
class OutputGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/output-golden");
    static final String REWRITE_SWITCH = "gtrace.goldens.rewrite";
    static final boolean REWRITE = Boolean.getBoolean(REWRITE_SWITCH);
    static final long SEED = 42;
    private static final String HOW_TO_REWRITE = "if the change is intended, rewrite the baselines with -D" + REWRITE_SWITCH
            + "=true (the command is in output-golden/README.md) and review the diff";

    private static Locale saved;

    /**
     * Some notes are formatted in the JVM's default locale ("10.000 samples" under de_DE), so the
     * goldens are written and checked in the root locale, as the seed is fixed.
     */
    @BeforeAll
    static void pinTheLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
    }

    @AfterAll
    static void restoreTheLocale() {
        Locale.setDefault(saved);
    }

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gtrace"))
                    .map(n -> n.substring(0, n.length() - ".gtrace".length())).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void outputsMatchTheirBaselines(String name) throws IOException {
        Path program = ROOT.resolve(name + ".gtrace");
        String source = Files.readString(program, StandardCharsets.UTF_8);
        Execution x = run(program, source);
        assertFalse(x.hasErrors(), () -> name + ".gtrace must run without errors:\n" + x.format(name + ".gtrace", source));
        String warnings = x.format(name + ".gtrace", source);
        List<String> failures = new ArrayList<>();
        for (GoldenRenderings kind : GoldenRenderings.values()) {
            String actual = kind.document(source, x.reports(), warnings);
            String absolute = ROOT.toAbsolutePath().toString();
            if (actual.contains(absolute)) failures.add(kind.baselineName(name) + " would hold the machine's path " + absolute);
            Path baseline = ROOT.resolve(kind.baselineName(name));
            Optional<String> expected = GoldenFiles.read(baseline);
            if (REWRITE) {
                if (!expected.equals(Optional.of(actual))) GoldenFiles.writeAtomically(baseline, actual);
            } else if (expected.isEmpty()) {
                failures.add("no baseline " + baseline + "; write it with -D" + REWRITE_SWITCH + "=true and review it");
            } else {
                GoldenFiles.firstDifference(baseline.getFileName().toString(), expected.get(), actual).ifPresent(failures::add);
            }
        }
        if (!failures.isEmpty()) fail(name + ".gtrace: " + String.join("\n", failures) + "\n" + HOW_TO_REWRITE);
    }

    /** As {@link RunCommand} runs a file: a new session, its folder for {@code load}, the fixed seed. */
    static Execution run(Path program, String source) {
        Session session = new Session();
        session.seed(SEED);
        session.baseDirectory(program.toAbsolutePath().getParent());
        return session.execute(source, program.getFileName().toString());
    }

    /** A baseline whose program was renamed or removed would silently stop being checked. */
    @Test
    void everyBaselineHasItsProgram() throws IOException {
        List<String> programs = programs().toList();
        try (Stream<Path> files = Files.list(ROOT)) {
            List<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".baseline"))
                    .filter(n -> !programs.contains(n.substring(0, n.indexOf('.')))).sorted().toList();
            assertEquals(List.of(), orphans, "baselines without a program in " + ROOT);
        }
    }
}
