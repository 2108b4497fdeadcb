package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example in docs/language.md parses and checks (read in order, as one session would). */
class LanguageDocTest {

    static List<String> examples() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(Path.of("../docs/language.md"))) {
            if (line.startsWith("```")) {
                if (current != null) {
                    blocks.add(current.toString());
                    current = null;
                } else {
                    current = new StringBuilder();
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        blocks.removeIf(b -> b.contains("^^^")); // the sample diagnostic
        return blocks;
    }

    @Test
    void everyExampleChecksCleanly() throws IOException {
        List<String> blocks = examples();
        assertTrue(blocks.size() >= 12, "examples found: " + blocks.size());
        String all = String.join("", blocks);
        List<Diagnostic> ds = new Session().check(all, "language.md");
        assertEquals(List.of(), ds.stream().map(d -> d.format("language.md", all)).toList());
    }

    /**
     * Every example also runs, in order, as one session (the core refuses what the checker cannot
     * know, such as a basis a bundled region lacks). The `expect` lines are left out: the examples
     * change the session's region on the way, so their figures are not the examples' point.
     */
    @Test
    void everyExampleRuns(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/telemetry.csv"), "day,region,requests,energy [kWh]\n2025-03-03,FRA,24000,120\n2025-03-04,USA,21000,135.5\n");
        // the hour-matching examples read the shipped sample, as a user in the repository would
        Files.createDirectories(dir.resolve("examples/data"));
        for (String f : List.of("gb-grid-2023-03-14.csv", "gb-telemetry-2023-03-14.csv")) {
            Files.copy(Path.of("..", "examples", "data", f), dir.resolve("examples/data").resolve(f));
        }
        StringBuilder program = new StringBuilder();
        for (String line : String.join("", examples()).split("\n")) {
            if (!line.startsWith("expect ")) program.append(line).append('\n');
        }
        Session session = new Session();
        session.baseDirectory(dir);
        // the front end renders reports; here the statement's own work (gathering, refusing, writing whole) is what runs
        session.reportWriter((report, format, path, overwrite) -> {
            org.gtrace.stdlib.io.AtomicFile.write(path, report.title(), overwrite);
            return "written";
        });
        Execution x = session.execute(program.toString(), "language.md");
        assertTrue(x.ok(), () -> x.format("language.md", program.toString()));
        assertTrue(x.reports().size() >= 15, "the queries and displays report: " + x.reports().size());
    }

    /** The README's "language at a glance" runs as written, its expect lines included. */
    @Test
    void theReadmesGlanceRuns() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```", readme.indexOf("## The language at a glance")) + 4;
        String program = readme.substring(start, readme.indexOf("```", start));
        Execution x = new Session().execute(program, "README.md");
        assertTrue(x.ok(), () -> x.format("README.md", program));
    }
}
