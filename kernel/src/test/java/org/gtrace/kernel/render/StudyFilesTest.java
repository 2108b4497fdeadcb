package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports as written by the front end: one self-contained HTML page, Markdown, JSON with its manifest. */
class StudyFilesTest {

    private static final String STUDY = """
            training gpt3 < energy 1287 MWh; intensity 429 g/kWh >
            workload image ghibli < queries 700M; energy 0.004 .. 0.008 kWh; region FRA >
            report gpt3, ghibli to "s.html"
            report gpt3, ghibli to "s.md"
            report gpt3, ghibli to "s.json"
            """;

    @TempDir
    Path dir;

    private void run() {
        Session s = new Session();
        s.baseDirectory(dir);
        s.reportWriter(new StudyFiles());
        Execution x = s.execute(STUDY, "study.gtrace");
        assertTrue(x.ok(), () -> x.format("study.gtrace", STUDY));
    }

    @Test
    void theHtmlPageHoldsEverySectionAndFetchesNothing() throws Exception {
        run();
        String html = Files.readString(dir.resolve("s.html"));
        for (String id : new String[] {"results", "result-gpt3", "result-ghibli", "sources", "assumptions", "manifest"}) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        assertTrue(html.contains("Grid carbon intensity of France"), "the source of France's default");
        assertTrue(html.contains("429 g/kWh"), "an input the study gave");
        assertTrue(html.contains("p5"), "the uncertain result's band");
        assertTrue(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("<link"), "self-contained");
    }

    @Test
    void markdownAndJsonCarryTheSameManifest() throws Exception {
        run();
        String md = Files.readString(dir.resolve("s.md"));
        assertTrue(md.startsWith("# Study: gpt3, ghibli\n"), md.substring(0, 60));
        assertTrue(md.contains("## Reproducibility manifest"));
        JsonObject j = JsonParser.parseString(Files.readString(dir.resolve("s.json"))).getAsJsonObject();
        JsonObject m = j.getAsJsonObject("manifest");
        assertEquals(42, m.get("seed").getAsLong());
        assertEquals(20000, m.get("samples").getAsInt());
        assertTrue(md.contains(m.getAsJsonObject("program").get("sha256").getAsString()), "the same program hash in both");
        JsonObject ghibliCo2 = m.getAsJsonArray("figures").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("result").getAsString().equals("ghibli") && f.get("measure").getAsString().equals("co2e_kg"))
                .findFirst().orElseThrow();
        assertEquals(20000, ghibliCo2.get("samples").getAsInt());
        assertTrue(ghibliCo2.get("se").getAsDouble() > 0, "a Monte Carlo result has its standard error");
        assertEquals(1, j.get("gtrace_report").getAsInt());
    }

    @Test
    void anSpdxDocumentGivesATrainingRunsWholeEnergyAndAWorkloadsPerInference() throws Exception {
        Session s = new Session();
        s.baseDirectory(dir);
        s.reportWriter(new StudyFiles());
        String study = STUDY + "let total = 2 kWh\nreport gpt3, ghibli, total to \"models.spdx.json\"\n";
        Execution x = s.execute(study, "study.gtrace");
        assertTrue(x.ok(), () -> x.format("study.gtrace", study));
        JsonObject doc = JsonParser.parseString(Files.readString(dir.resolve("models.spdx.json"))).getAsJsonObject();
        assertEquals(SpdxJson.CONTEXT, doc.get("@context").getAsString());
        var graph = doc.getAsJsonArray("@graph").asList().stream().map(e -> e.getAsJsonObject()).toList();
        JsonObject gpt3 = graph.stream().filter(e -> e.get("type").getAsString().equals("ai_AIPackage")
                && e.get("name").getAsString().equals("gpt3")).findFirst().orElseThrow();
        JsonObject energy = gpt3.getAsJsonObject("ai_energyConsumption").getAsJsonArray("ai_trainingEnergyConsumption").get(0).getAsJsonObject();
        assertEquals("1287000", energy.get("ai_energyQuantity").getAsString());
        assertTrue(gpt3.get("comment").getAsString().startsWith("Energy reported by the study"), "GPT-3's energy was given, not estimated");
        JsonObject ghibli = graph.stream().filter(e -> e.has("name") && e.get("name").getAsString().equals("ghibli")).findFirst().orElseThrow();
        double perImage = ghibli.getAsJsonObject("ai_energyConsumption").getAsJsonArray("ai_inferenceEnergyConsumption")
                .get(0).getAsJsonObject().get("ai_energyQuantity").getAsDouble();
        assertTrue(perImage > 0.004 && perImage < 0.008, "one image's energy, not 700M of them: " + perImage);
        JsonObject document = graph.stream().filter(e -> e.get("type").getAsString().equals("SpdxDocument")).findFirst().orElseThrow();
        assertTrue(document.get("comment").getAsString().contains("Not exported, being neither a training run nor a workload with a count of outputs: total"),
                document.get("comment").getAsString());
        assertEquals(2, document.getAsJsonArray("rootElement").size());
    }

    @Test
    void spdxDecimalsHaveNoExponent() {
        assertEquals("1287000", SpdxJson.decimal(1.287e6));
        assertEquals("0.0003", SpdxJson.decimal(3e-4));
        assertEquals("314000000000000000000000", SpdxJson.decimal(3.14e23));
    }
}
