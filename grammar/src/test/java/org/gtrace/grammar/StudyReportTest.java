package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gtrace.grammar.compile.StudyWriter;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.io.AtomicFile;
import org.gtrace.stdlib.report.Manifest;
import org.gtrace.stdlib.report.StudyReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report statement: what a study report gathers, and every way writing one can fail. */
class StudyReportTest {

    private static final String STUDY = """
            training gpt3 < energy 1287 MWh; intensity 429 g/kWh >
            training bloom < accelerator A100_SXM4_80GB; accelerator_hours 1082990 h; power 400 W; pue 1; region FRA >
            """;

    /** Keeps what it is given, and writes a file only for the paths tests look at, so refusals are the statement's own. */
    private static final class Kept implements StudyWriter {
        final List<StudyReport> reports = new ArrayList<>();
        final List<Format> formats = new ArrayList<>();

        @Override
        public String write(StudyReport report, Format format, Path path, boolean overwrite) {
            AtomicFile.write(path, report.title(), overwrite);
            reports.add(report);
            formats.add(format);
            return "written, test";
        }
    }

    @TempDir
    Path dir;
    private final Session session = new Session();
    private final Kept kept = new Kept();

    @BeforeEach
    void setUp() {
        session.baseDirectory(dir);
        session.reportWriter(kept);
    }

    private Execution run(String source) {
        return session.execute(source, "study.gtrace");
    }

    @Test
    void aReportGathersResultsSourcesAssumptionsAndTheManifest() throws Exception {
        String program = STUDY + "report gpt3, bloom to \"study.html\"";
        Execution x = run(program);
        assertTrue(x.ok(), () -> x.format("study.gtrace", program));
        StudyReport r = kept.reports.get(0);
        assertEquals(List.of("gpt3", "bloom"), r.sections().stream().map(StudyReport.Section::name).toList());
        assertEquals("Study: gpt3, bloom", r.title());
        assertEquals(1287, r.sections().get(0).result().metrics().get(0).value().base() / 1000, 1e-9, "gpt3's MWh as given");
        assertTrue(r.sections().get(1).derivation().contains("E = "), r.sections().get(1).derivation());
        // France's grid is a cited default; gpt3's energy and intensity were given by the study
        assertTrue(r.sources().stream().anyMatch(s -> s.id().equals("owid-ember:FRA")), r.sources().toString());
        assertTrue(r.sources().stream().noneMatch(s -> s.isUserInput()));
        assertTrue(r.assumptions().stream().anyMatch(a -> a.value().equals("429 g/kWh") && a.where().contains("training gpt3")),
                r.assumptions().toString());
        Manifest m = r.manifest();
        assertEquals(42, m.seed());
        assertEquals(program, m.program().text());
        assertEquals("study.gtrace", m.program().origin());
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(program.getBytes(java.nio.charset.StandardCharsets.UTF_8))), m.program().sha256());
        assertTrue(m.datasets().stream().anyMatch(d -> d.file().equals("owid-ember-country-electricity.json") && d.used()));
        assertTrue(m.datasets().stream().anyMatch(d -> d.file().equals("gcp-region-carbon-2024.csv") && !d.used()));
        assertEquals(6, m.figures().size(), "energy, CO2e and water of each training run");
        assertEquals(StudyWriter.Format.HTML, kept.formats.get(0));
        assertTrue(x.reports().get(0).markdown().contains("2 results"), x.reports().get(0).markdown());
    }

    @Test
    void theExtensionOrTheFormatPropertySaysWhatIsWritten() {
        assertTrue(run(STUDY + "report gpt3 to \"a.md\"\nreport gpt3 to \"a.json\"\nreport gpt3 to \"a.txt\" < format markdown >").ok());
        assertEquals(List.of(StudyWriter.Format.MARKDOWN, StudyWriter.Format.JSON, StudyWriter.Format.MARKDOWN), kept.formats);
    }

    @Test
    void theManifestOfACellSessionHoldsEveryCellInOrder() {
        assertTrue(session.execute("let e = 2 kWh", "cell[1]").ok());
        assertTrue(session.execute("workload image w < queries 10; energy e >\nreport w to \"w.json\"", "cell[2]").ok());
        Manifest.Program p = kept.reports.get(0).manifest().program();
        assertEquals("cell[1] … cell[2]", p.origin());
        assertTrue(p.text().startsWith("# ---- cell[1]\nlet e = 2 kWh\n# ---- cell[2]\n"), p.text());
    }

    @Test
    void anExistingReportIsKeptWithoutOverwrite() throws Exception {
        Files.writeString(dir.resolve("study.html"), "the filed copy");
        Execution x = run(STUDY + "report gpt3 to \"study.html\"");
        Diagnostic d = x.diagnostics().get(0);
        assertEquals(3, d.span().line());
        assertEquals(16, d.span().column(), "at the file name");
        assertTrue(d.message().contains("exists and was kept"), d.message());
        assertTrue(d.hint().contains("< overwrite >"), d.hint());
        assertEquals("the filed copy", Files.readString(dir.resolve("study.html")));
        assertTrue(run(STUDY + "report gpt3 to \"study.html\" < overwrite >").ok());
        assertEquals("Study: gpt3", Files.readString(dir.resolve("study.html")));
    }

    @Test
    void aMissingFolderIsAnErrorAtTheFileName() {
        Execution x = run(STUDY + "report gpt3 to \"no/such/folder/study.html\"");
        Diagnostic d = x.diagnostics().get(0);
        assertTrue(d.message().contains("does not exist"), d.message());
        assertEquals(16, d.span().column());
        assertTrue(d.hint().contains("create the folder"), d.hint());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void badReportsAreRefusedBeforeAnythingRuns() {
        assertError("report nothing_here to \"s.html\"", "'nothing_here' is not defined");
        assertError(STUDY + "report gpt3 to \"s.pdf\"", "'s.pdf' does not end in .html, .htm, .md, .json");
        assertError(STUDY + "report gpt3 to \"s.html\" < colour red >", "a report has no property 'colour'");
        assertError(STUDY + "report gpt3 to \"s.html\" < format pdf >", "pdf");
        assertError(STUDY + "table compare gpt3, bloom to \"t.xlsx\"", "'t.xlsx' does not end in .csv");
        assertError(STUDY + "report gpt3, bloom to \"b.json\" < format boamps >", "3:14: error[property]: a BoAmps report describes one task");
        assertError("let c = 312 TFLOPS", "write TFLOP (or TFLOPs) for a count, TFLOP/s for a rate");
        assertTrue(kept.reports.isEmpty());
    }

    private void assertError(String program, String expected) {
        Execution x = run(program);
        assertFalse(x.ok(), program);
        String all = x.format("study.gtrace", program);
        assertTrue(all.contains(expected), all);
    }

    @Test
    void theEuAiActSectionGivesEnergyComputeAndTimeOrSaysWhyNot() {
        String program = STUDY + """
                scenario gpt3_card from gpt3 < compute figure(train.gpt3.compute) >
                scenario bloom_card from bloom < parameters 176B; training_tokens 366B tokens; count 384; accelerator_hours 1082990 h >
                workload text chat < responses 1B; output_tokens 500; active_params 70B; accelerator H100_SXM >
                report gpt3_card, bloom_card, chat to "act.json" < eu_ai_act >
                """;
        Execution x = run(program);
        assertTrue(x.ok(), () -> x.format("study.gtrace", program));
        var docs = kept.reports.get(0).aiAct();
        assertEquals(List.of("gpt3_card", "bloom_card", "chat"), docs.stream().map(d -> d.subject()).toList());
        var gpt3 = docs.get(0).entries();
        assertEquals("1,287 MWh", gpt3.get(0).value());
        assertTrue(gpt3.get(0).method().startsWith("as reported"), gpt3.get(0).method());
        assertEquals("3.14E23 FLOP", gpt3.get(1).value());
        assertFalse(gpt3.get(2).known(), "GPT-3's training time is not given, so it is not known");
        assertTrue(gpt3.get(2).method().contains("give duration"), gpt3.get(2).method());
        var bloom = docs.get(1).entries();
        assertEquals("433.2 MWh", bloom.get(0).value());
        assertTrue(bloom.get(0).method().startsWith("estimated, not measured: E = AH × P × u × PUE"), bloom.get(0).method());
        assertEquals("3.865E23 FLOP", bloom.get(1).value(), "6 × 176B × 366B");
        assertTrue(bloom.get(1).method().contains("arXiv:2001.08361"), "the rule is cited");
        assertEquals("2,820 h", bloom.get(2).value(), "1,082,990 GPU-hours over 384 GPUs: 117.5 days");
        var chat = docs.get(2).entries().get(0);
        assertEquals("70 TFLOP", chat.value(), "2 × 70B × 500 tokens");
        assertTrue(chat.method().contains("hardware: H100_SXM"), chat.method());
    }

    @Test
    void scope2PutsLocationAndMarketBasedSideBySideAndNeverConvertsOne() {
        String program = """
                region supplier from FRA < intensity 20 g/kWh; basis market >
                workload image contracted < queries 1M; energy 3 Wh; region supplier >
                workload image plain < queries 1M; energy 3 Wh; region FRA >
                report contracted, plain to "scope2.json"
                """;
        Execution x = run(program);
        assertTrue(x.ok(), () -> x.format("study.gtrace", program));
        var lines = kept.reports.get(0).scope2();
        var contracted = lines.get(0);
        assertEquals("60 kgCO2e", contracted.market(), "3,000 kWh × 20 g/kWh");
        assertEquals("168.1 kgCO2e", contracted.location(), "3,000 kWh × France's 56.04 g/kWh");
        assertTrue(contracted.factors().stream().anyMatch(f -> f.contains("the study's own instrument")), contracted.factors().toString());
        var plain = lines.get(1);
        assertEquals("168.1 kgCO2e", plain.location());
        assertEquals("not known", plain.market(), "no market-based factor was given, and none is made up");
        assertTrue(plain.why().contains("basis market"), plain.why());
        assertTrue(plain.factors().get(0).contains("location-based: grid average; source: Grid carbon intensity of France"), plain.factors().toString());
    }

    @Test
    void sciPerAFunctionalUnitIsAddedForEachWorkload() {
        String program = STUDY + "workload image w < queries 1M; energy 3 Wh; region FRA >\nreport gpt3, w to \"sci.json\" < sci query >";
        Execution x = run(program);
        assertTrue(x.ok(), () -> x.format("study.gtrace", program));
        var sci = kept.reports.get(0).sci();
        assertEquals(1, sci.size(), "the workload's, not the training run's");
        var score = sci.get(0).metrics().stream().filter(m -> m.measure() == org.gtrace.stdlib.report.Measure.SCI).findFirst().orElseThrow();
        // (E × I + M) / R = 3 Wh × 56.04 g/kWh per query, no embodied emissions given
        assertEquals(3e-3 * 0.05604, score.value().base(), 3e-3 * 0.0001);
        assertError(STUDY + "report gpt3 to \"s.json\" < sci parsec >", "parsec");
    }

    @Test
    void withoutTheFlagThereIsNoAiActSection() {
        assertTrue(run(STUDY + "report gpt3 to \"s.json\"").ok());
        assertTrue(kept.reports.get(0).aiAct().isEmpty());
    }

    @Test
    void aTableIsWrittenAsCsv() throws Exception {
        Execution x = run(STUDY + "table compare gpt3, bloom to \"trainings.csv\"");
        assertTrue(x.ok(), () -> x.format("t", STUDY));
        List<String> lines = Files.readAllLines(dir.resolve("trainings.csv"));
        assertEquals("scenario,energy [MWh],CO2e [tCO2e],water [kL]", lines.get(0));
        assertTrue(lines.get(1).startsWith("gpt3,1287.0,552.123,"), lines.get(1));
        assertEquals(3, lines.size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("trainings.csv"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }
}
