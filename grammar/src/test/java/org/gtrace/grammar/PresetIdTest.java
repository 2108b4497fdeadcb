package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gtrace.grammar.check.Domain;
import org.gtrace.grammar.bind.CoreCatalog;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.parse.Lexeme;
import org.gtrace.grammar.parse.Lexing;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** A preset id is one word with or without quotes, and reading it so changes no other token. */
class PresetIdTest {

    private static Execution run(String source) {
        return new Session().execute(source, "t");
    }

    private static String workload(String preset) {
        String modality = preset.substring(preset.startsWith("\"") ? 1 : 0, preset.indexOf('.'));
        return "workload " + modality + " w < outputs 1M; preset " + preset + " >\nenergy w";
    }

    private static double energyKwh(Execution x) {
        Report r = x.reports().get(x.reports().size() - 1);
        return r.metrics().stream().filter(m -> m.key().equals("energy_kwh")).findFirst().orElseThrow().value().base();
    }

    @Test
    void everyBundledPresetGivesTheSameResultWithOrWithoutQuotes() {
        List<String> presets = List.copyOf(CoreCatalog.instance().names(Domain.PRESET));
        assertTrue(presets.contains("video.cogvideox.5s_16fps") && presets.contains("image.sd3_medium.1024"), presets::toString);
        for (String id : presets) {
            Execution quoted = run(workload("\"" + id + "\""));
            Execution bare = run(workload(id));
            assertEquals(quoted.ok(), bare.ok(), id);
            assertEquals(quoted.diagnostics().stream().map(Diagnostic::message).toList(),
                    bare.diagnostics().stream().map(Diagnostic::message).toList(), id);
            if (quoted.ok()) assertEquals(energyKwh(quoted), energyKwh(bare), 0.0, id);
        }
    }

    @Test
    void digitPartPresetsGiveTheirPublishedFigures() {
        // 944 Wh/video and 0.63 Wh/image are twice the GPU energy, standing for everything else: facility figures.
        assertEquals(1e6 * 0.944, energyKwh(run(workload("video.cogvideox.5s_16fps"))), 1e-6);
        assertEquals(1e6 * 0.63e-3, energyKwh(run(workload("image.sd3_medium.1024"))), 1e-9);
    }

    @Test
    void aMisspeltBarePresetIsNamedAtItsColumnWithTheQuotedFormsSuggestion() {
        Execution bare = run("workload video v < videos 1M; preset video.cogvidex.5s_16fps >");
        Execution quoted = run("workload video v < videos 1M; preset \"video.cogvidex.5s_16fps\" >");
        for (Execution x : List.of(bare, quoted)) {
            assertEquals(1, x.diagnostics().size(), x.diagnostics()::toString);
            Diagnostic d = x.diagnostics().get(0);
            assertEquals(Kind.NAME, d.kind());
            assertEquals(1, d.line());
            assertEquals(38, d.column(), "'workload video v < videos 1M; preset ' is 37 columns");
            assertEquals("unknown preset 'video.cogvidex.5s_16fps'", d.message());
            assertEquals("did you mean 'video.cogvideox.5s_16fps'?", d.hint());
        }
        assertEquals("video.cogvidex.5s_16fps".length(), bare.diagnostics().get(0).span().length());
    }

    @Test
    void onlyDottedWordsWithADigitPartSecondOrThirdAreOneToken() {
        assertEquals(List.of("preset", "video.cogvideox.5s_16fps"), words("preset video.cogvideox.5s_16fps"));
        assertEquals(List.of("image.sd3_medium.1024"), words("image.sd3_medium.1024"));
        assertEquals(List.of("a.5.b"), words("a.5.b"));
        assertEquals(List.of("ghibli", "per_output"), words("ghibli.per_output"));
        assertEquals(List.of("image", "aienergyscore", "sdxl"), words("image.aienergyscore.sdxl"));
        assertEquals(List.of("x"), words("x.5"), "one dot: '.5' stays a number");
        assertEquals(List.of("USA", "FRA"), words("USA.4, FRA.6"), "a share written without a space");
        assertEquals(List.of("a", "b.c.5"), words("a.b.c.5"), "the digit part must be second or third");
        assertEquals(List.of("us-central1"), words("us-central1"));
        assertEquals(List.of(Lexeme.Kind.NUMBER, Lexeme.Kind.OTHER, Lexeme.Kind.NUMBER, Lexeme.Kind.WORD), kinds("0.004 .. 0.008 kWh"));
        assertEquals(List.of(Lexeme.Kind.NUMBER), kinds("1024x1024"));
        assertEquals(List.of(Lexeme.Kind.NUMBER, Lexeme.Kind.NUMBER, Lexeme.Kind.WORD), kinds(".5 1e-3 a"));
    }

    private static List<String> words(String code) {
        return Lexing.lex(code).stream().filter(l -> l.kind() == Lexeme.Kind.WORD).map(Lexeme::text).toList();
    }

    private static List<Lexeme.Kind> kinds(String code) {
        return Lexing.lex(code).stream().map(Lexeme::kind).toList();
    }

    @Test
    void memberAccessNumbersRangesAndSharesKeepTheirValues() {
        Execution x = run("workload image ghibli < queries 700M; energy 0.006 kWh; region USA.4, FRA.6 >\n"
                + "workload image g2 < queries 700M; energy 0.006 kWh; region USA 40%, FRA 60% >\n"
                + "let e = ghibli.energy\nlet r = 0.004 .. 0.008 kWh\nlet h = .5 kWh + 1e-3 kWh\n"
                + "emissions ghibli\nemissions g2\ne\nh");
        assertTrue(x.ok(), () -> x.diagnostics().toString());
        List<Report> r = x.reports();
        double ghibli = r.get(0).metrics().stream().filter(m -> m.key().equals("co2e_kg")).findFirst().orElseThrow().value().base();
        double g2 = r.get(1).metrics().stream().filter(m -> m.key().equals("co2e_kg")).findFirst().orElseThrow().value().base();
        assertEquals(g2, ghibli, 0.0, "USA.4 is a 40% share, as before");
        assertEquals(4.2e6, r.get(2).metrics().get(0).value().base(), 1e-6);
        assertEquals(0.501, r.get(3).metrics().get(0).value().base(), 1e-12);
    }

    @Test
    void aDottedWordOutsidePresetIsANameErrorNotACrash() {
        Execution x = run("let e = ghibli.energy.5\nworkload image f < images 1M; energy 3 Wh; region us.central.1 >");
        assertEquals(List.of("'ghibli.energy.5' is not defined", "unknown region 'us.central.1'"),
                x.diagnostics().stream().map(Diagnostic::message).toList());
        assertTrue(x.diagnostics().stream().allMatch(d -> d.hint().contains("preset id")), x.diagnostics()::toString);
        assertFalse(run("let y = x.5").ok());
        assertEquals(Kind.SYNTAX, run("let y = x.5").diagnostics().get(0).kind());
    }

    @Test
    void aLongDottedChainLexesInLinearTime() {
        // A failed match scans at most three parts, so 200,000 parts never re-scan the chain. A hang bound, not a speed target.
        String chain = "let a = " + "ab.".repeat(200_000) + "cd";
        List<Diagnostic> d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new Session().check(chain, "t"));
        assertFalse(d.isEmpty());
    }
}
