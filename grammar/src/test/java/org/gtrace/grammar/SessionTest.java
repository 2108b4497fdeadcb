package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.edit.Completeness;
import org.gtrace.grammar.edit.Completion;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** The Session API the kernel calls: cells, bindings shared with Java, editing help. */
class SessionTest {

    private final Session session = new Session();

    @Test
    void laterCellsSeeEarlierNamesAndRedefineThemCleanly() {
        assertTrue(session.execute("let a = 2 kWh", "cell[1]").ok());
        assertTrue(session.execute("let b = a * 3", "cell[2]").ok());
        assertTrue(session.execute("let a = 5 h", "cell[3]").ok(), "a redefinition may change the dimension");
        assertEquals(Quantity.hours(5), session.value("a").orElseThrow());
        assertEquals(6.0, ((Quantity) session.value("b").orElseThrow()).base(), 1e-12);
        Execution x = session.execute("let c = a + 1 kWh", "cell[4]");
        assertEquals(Kind.UNIT, x.firstError().orElseThrow().kind(), "the checker uses a's new type");
    }

    @Test
    void anUndefinedNameStopsTheCellBeforeAnythingRuns() {
        Execution x = session.execute("let a = 1 kWh\nlet b = missing * 2", "cell[1]");
        assertFalse(x.ok());
        assertTrue(session.value("a").isEmpty(), "nothing ran: the cell had an error");
        Diagnostic d = x.firstError().orElseThrow();
        assertEquals("NameError", d.kind().ename());
        assertEquals(2, d.line());
        assertEquals(9, d.column());
    }

    @Test
    void everyErrorIsReportedNotOnlyTheFirst() {
        Execution x = session.execute("let a = 1 kWh + 1 h\nlet b = nope\nlet c = 3 kwh", "cell");
        assertEquals(List.of(1, 2, 3), x.errors().stream().map(Diagnostic::line).toList());
    }

    @Test
    void valuesBoundFromJavaAreUsableByName() {
        session.bind("measured", Quantity.of(3.5, "MWh"));
        Execution x = session.execute("let doubled = measured * 2\nexpect doubled == 7 MWh", "cell");
        assertTrue(x.ok(), () -> x.format("cell", ""));
        assertEquals(List.of("measured", "doubled"), List.copyOf(session.names()), "in definition order");
    }

    @Test
    void declaredThingsAreVisibleToJava() {
        session.execute("workload image ghibli < queries 700M; energy 0.006 kWh >", "cell");
        Declared d = (Declared) session.value("ghibli").orElseThrow();
        assertEquals("image", d.modality());
        assertEquals(Quantity.of(0.006, "kWh"), d.get("energy"));
    }

    @Test
    void resetForgetsEverything() {
        session.execute("let a = 1 kWh\nset seed 9", "cell");
        session.reset();
        assertTrue(session.names().isEmpty());
        assertEquals(42, session.seed());
    }

    @Test
    void aRuntimeErrorKeepsTheReportsBeforeIt() {
        Execution x = session.execute("let a = 1 kWh\na\nexpect a == 2 kWh\na", "cell");
        assertEquals(1, x.reports().size());
        assertEquals(Kind.EXPECTATION, x.firstError().orElseThrow().kind());
        assertEquals(3, x.firstError().orElseThrow().line());
    }

    @Test
    void completionOffersPropertiesInsideABlock() {
        String code = "workload image w < queries 1M; ene";
        Completion c = session.complete(code, code.length());
        assertTrue(c.matches().contains("energy"), c.matches().toString());
        assertTrue(c.matches().contains("energy_per_token"));
        assertEquals(code.length() - 3, c.start());
        assertEquals(code.length(), c.end());
    }

    @Test
    void completionDoesNotOfferASecondWayOfGivingAnInput() {
        // the checker refuses two ways of one input (preset beside energy): completion reads the same table
        String code = "workload image w < queries 1M; preset image.aienergyscore.sdxl; ";
        Completion c = session.complete(code, code.length());
        assertTrue(c.matches().contains("pue") && c.matches().contains("region"), c.matches().toString());
        assertFalse(c.matches().contains("energy") || c.matches().contains("energy_per_token") || c.matches().contains("images"),
                c.matches().toString());
        String text = "workload text t < queries 1M; output_tokens 500; ";
        assertTrue(session.complete(text, text.length()).matches().contains("active_params"), "the text model's other half");
    }

    @Test
    void completionOffersRegionsForTheRegionProperty() {
        String code = "workload image w < queries 1M; energy 3 Wh; region Fra";
        Completion c = session.complete(code, code.length());
        assertTrue(c.matches().contains("France"), c.matches().toString());
        assertEquals("region", c.types().get(c.matches().indexOf("France")));
    }

    @Test
    void eachRegionIsOfferedOnceAndANameWithASpaceIsQuoted() {
        // Finland came three times (FIN, FI, Finland), and accepting "Falkland Islands" gave a syntax error
        String fi = "workload image w < queries 1M; energy 3 Wh; region FI";
        List<String> finland = session.complete(fi, fi.length()).matches().stream()
                .filter(m -> m.equals("FIN") || m.equals("FI") || m.equals("Finland")).toList();
        assertEquals(List.of("FIN"), finland);
        String fal = "workload image w < queries 1M; energy 3 Wh; region Fal";
        Completion c = session.complete(fal, fal.length());
        assertTrue(c.matches().contains("\"Falkland Islands\""), c.matches().toString());
        String accepted = fal.substring(0, c.start()) + "\"Falkland Islands\" >\nemissions w";
        assertTrue(session.execute(accepted, "test").ok(), "the completed cell runs: " + accepted);
        // a cloud region is offered by its bare id, which needs no quotes
        String eu = "workload image w < queries 1M; energy 3 Wh; region europe-west";
        assertTrue(session.complete(eu, eu.length()).matches().contains("europe-west1"));
    }

    @Test
    void loadCompletesTheCsvFilesBesideTheProgram(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("telemetry.csv"), "a\n1\n");
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "x");
        java.nio.file.Files.createDirectory(dir.resolve("runs"));
        session.baseDirectory(dir);
        String code = "load t from \"te";
        Completion c = session.complete(code, code.length());
        assertEquals(List.of("telemetry.csv"), c.matches());
        assertEquals(List.of("file"), c.types());
        assertEquals(code.length() - 2, c.start(), "it replaces what was typed after the quote");
        String all = "load t from \"";
        assertEquals(List.of("runs/", "telemetry.csv"), session.complete(all, all.length()).matches(), "folders too, no other files");
    }

    @Test
    void everyCompletionSaysWhatItIs() {
        String code = "workload image w < queries 1M; ";
        Completion c = session.complete(code, code.length());
        assertEquals("property", c.types().get(c.matches().indexOf("energy")));
        Completion k = session.complete("emis", 4);
        assertEquals("keyword", k.types().get(k.matches().indexOf("emissions")));
        Completion u = session.complete("let x = 3 kW", 12);
        assertEquals("unit", u.types().get(u.matches().indexOf("kWh")));
    }

    @Test
    void completionOffersWholePresetIdsQuotedOrNot() {
        String code = "workload video v < videos 1K; preset video.cogvideox.";
        Completion c = session.complete(code, code.length());
        assertTrue(c.matches().containsAll(List.of("video.cogvideox.5s_16fps", "video.cogvideox.older_8fps")), c.matches().toString());
        assertEquals(code.indexOf("video.cog"), c.start(), "the whole dotted id is replaced");
        String quoted = "workload video v < videos 1K; preset \"video.cogvideox.5";
        Completion q = session.complete(quoted, quoted.length());
        assertEquals(List.of("video.cogvideox.5s_16fps"), q.matches());
        assertEquals(quoted.indexOf("video.cog"), q.start(), "inside the quotes");
    }

    @Test
    void completionOffersFigureIdsInsideFigure() {
        String code = "let paper = figure(case.ghibli.";
        Completion c = session.complete(code, code.length());
        assertTrue(c.matches().containsAll(List.of("case.ghibli.energy", "case.ghibli.co2")), c.matches().toString());
        assertEquals(code.indexOf("case."), c.start());
    }

    @Test
    void inspectionDescribesAPresetOrFigureIdWithItsSource() {
        String code = "let p = figure(case.ghibli.energy)";
        String md = session.inspect(code, code.indexOf("ghibli") + 2).orElseThrow();
        assertTrue(md.contains("4,309 MWh") && md.contains("https://arxiv.org/abs/2511.04776"), md);
        String preset = "workload video v < videos 1; preset video.cogvideox.5s_16fps >";
        assertTrue(session.inspect(preset, preset.indexOf("5s_") + 1).orElseThrow().contains("944 Wh/video"));
    }

    @Test
    void completionOffersTheBreakdownsAfterBy() {
        Completion c = session.complete("emissions a, b by ", 18);
        assertTrue(c.matches().containsAll(List.of("region", "day", "modality", "phase")), c.matches().toString());
    }

    @Test
    void completionOffersKeywordsAndNamesAtAStatementStart() {
        session.execute("let emission_factor = 3 g/kWh", "cell");
        Completion c = session.complete("em", 2);
        assertTrue(c.matches().containsAll(List.of("emissions", "emission_factor")), c.matches().toString());
    }

    @Test
    void completionOffersUnitsAfterANumber() {
        Completion c = session.complete("let x = 5 kW", 12);
        assertTrue(c.matches().containsAll(List.of("kW", "kWh")), c.matches().toString());
    }

    @Test
    void inspectionDescribesPropertiesRegionsAndKeywords() {
        String code = "workload image w < queries 1M; energy 3 Wh; region FRA >";
        assertTrue(session.inspect(code, code.indexOf("energy") + 2).orElseThrow().contains("Energy per output"));
        assertTrue(session.inspect(code, code.indexOf("FRA") + 1).orElseThrow().contains("France"));
        assertTrue(session.inspect(code, 2).orElseThrow().contains("inference workload"));
    }

    @Test
    void anUnclosedAngleBracketIsIncomplete() {
        assertFalse(Session.isComplete("workload image w < queries 1M;"));
        assertTrue(Session.isComplete("workload image w < queries 1M; energy 3 Wh >"));
        assertEquals(Completeness.Status.INVALID, Session.completeness("let a = 1 >"));
        assertEquals(Completeness.Status.INCOMPLETE, Session.completeness("let a = lognormal(1 kWh,"));
    }

    @Test
    void diagnosticsFormatWithSourceLineAndCaret() {
        String src = "let u = 4 kwh";
        Diagnostic d = session.execute(src, "cell[3]").firstError().orElseThrow();
        assertEquals("cell[3]:1:11: error[unit]: unknown unit 'kwh'\n  let u = 4 kwh\n            ^^^\n  hint: did you mean 'kWh'?",
                d.format("cell[3]", src));
    }
}
