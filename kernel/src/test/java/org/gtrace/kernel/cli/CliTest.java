package org.gtrace.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line contract (DESIGN.md), driven in-process through {@link Main#commandLine()}. */
class CliTest {

    /** The world average, kg/kWh: Ember's countries weighted by their generation (RegionTableTest checks it by hand). */
    private static final double WORLD = org.gtrace.stdlib.data.CountryGrids.world().intensityGPerKwh() / 1000;

    static final String BRIEF = "workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli\n";

    record Result(int status, String out, String err) {}

    static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return new Result(cl.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void presetsListsEachFigureWithItsBoundaryAndFiltersByModality() {
        Result all = run("", "presets");
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().contains("text.gpt4o.typical_query"), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("image.aienergyscore.sdxl") && l.contains("1.64 Wh/image")
                && l.contains("accelerator")), all.out());
        assertFalse(all.out().contains("video.vs_image.ratio") || all.out().contains("text.ecologits"), "constants are not presets");
        Result video = run("", "presets", "--modality", "video");
        assertTrue(video.out().contains("video.cogvideox.5s_16fps") && !video.out().contains("text.gpt4o"), video.out());
        Result bad = run("", "presets", "-m", "sound");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("gtrace presets: modality: unknown modality 'sound'; write one of text"), bad.err());
    }

    @Test
    void runPrintsAlignedTables(@TempDir Path dir) throws IOException {
        Result r = run("", "run", write(dir, "brief.gtrace", BRIEF).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("  energy  4,200 MWh"), r.out());
        assertTrue(r.out().contains("  CO2e    2,019 tCO2e"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonCarriesTheStandardErrorSamplesAndSeedAndTheCommandLineSeedWins(@TempDir Path dir) throws IOException {
        // was: --seed 7 silently ignored when the program had set seed
        String program = "set seed 42\nworkload image g < images 700M; energy lognormal(0.006 kWh, 1.5) >\nenergy g\n";
        Path f = write(dir, "seeded.gtrace", program);
        Result r = run("", "run", "--json", "--seed", "7", f.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonObject> lines = r.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        assertTrue(lines.get(0).get("title").getAsString().contains("set seed 42 is overridden"), r.out());
        JsonObject e = lines.get(1);
        assertEquals(7, e.get("seed").getAsLong());
        assertEquals(20_000, e.get("samples").getAsInt());
        double se = e.get("energy_kwh_se").getAsDouble();
        assertTrue(se > 0 && se < 0.01 * e.get("energy_kwh").getAsDouble(), e.toString());
        Result other = run("", "run", "--json", "--seed", "8", f.toString());
        assertTrue(!other.out().equals(r.out()), "another seed draws differently");
    }

    @Test
    void runJsonGivesOneObjectPerResultInBaseUnits(@TempDir Path dir) throws IOException {
        Result r = run("", "run", "--json", write(dir, "brief.gtrace", BRIEF).toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), "the result, then the manifest: " + r.out());
        JsonObject o = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        JsonObject manifest = JsonParser.parseString(lines.get(1)).getAsJsonObject().getAsJsonObject("manifest");
        assertEquals(42, manifest.get("seed").getAsLong());
        assertEquals(BRIEF, manifest.getAsJsonObject("program").get("text").getAsString());
        assertEquals(4_200_000, manifest.getAsJsonArray("figures").get(0).getAsJsonObject().get("value").getAsDouble(), 1e-6);
        assertEquals(2, o.get("line").getAsInt());
        assertEquals("ghibli", o.get("subject").getAsString());
        assertEquals(4_200_000, o.get("energy_kwh").getAsDouble(), 1e-6);
        assertEquals(4.2e6 * WORLD, o.get("co2e_kg").getAsDouble(), 1);
        assertTrue(o.has("water_l"));
    }

    @Test
    void aUnitAskedForChangesTheTextButNotTheJson(@TempDir Path dir) throws IOException {
        Path f = write(dir, "kt.gtrace", "workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli in ktCO2e\n");
        Result text = run("", "run", f.toString());
        assertTrue(text.out().contains("  CO2e    2.019 ktCO2e"), text.out());
        Result json = run("", "run", "--json", f.toString());
        JsonObject o = JsonParser.parseString(json.out().lines().findFirst().orElseThrow()).getAsJsonObject();
        assertEquals(4.2e6 * WORLD, o.get("co2e_kg").getAsDouble(), 1, "still kg");
    }

    @Test
    void runJsonGivesOneObjectPerRowOfAComparison(@TempDir Path dir) throws IOException {
        Path f = write(dir, "c.gtrace", "workload image g < queries 1M; energy 3 Wh >\ncompare g across world, FRA\n");
        Result r = run("", "run", "--json", f.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), "two rows, then the manifest: " + r.out());
        JsonObject world = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("world", world.get("subject").getAsString());
        assertEquals(3000 * WORLD, world.get("co2e_kg").getAsDouble(), 1e-6);
    }

    @Test
    void errorsGoToStderrWithFileLineColumnAndExitOne(@TempDir Path dir) throws IOException {
        Path f = write(dir, "bad.gtrace", "let a = 1 kWh\nlet b = 3 kwh\nemissions ghibi\n");
        Result r = run("", "run", f.toString());
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains(f + ":2:11: error: unknown unit 'kwh'"), r.err());
        assertTrue(r.err().contains(f + ":3:11: error: 'ghibi' is not defined"), r.err());
        assertTrue(r.err().contains("            ^^^"), "a caret under the unit: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void jsonDiagnosticsCarrySeverityLineColumnMessage(@TempDir Path dir) throws IOException {
        Result r = run("", "check", "--json", write(dir, "bad.gtrace", "let b = 3 kwh\n").toString());
        assertEquals(1, r.status());
        JsonObject d = JsonParser.parseString(r.err().strip()).getAsJsonObject();
        assertEquals("error", d.get("severity").getAsString());
        assertEquals(1, d.get("line").getAsInt());
        assertEquals(11, d.get("column").getAsInt());
        assertEquals("unknown unit 'kwh'", d.get("message").getAsString());
        assertEquals("UnitError", d.get("kind").getAsString());
    }

    @Test
    void checkRunsNothingAndExitsZeroWhenClean(@TempDir Path dir) throws IOException {
        Result r = run("", "check", write(dir, "ok.gtrace", BRIEF).toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void stdinWithDash() {
        Result r = run(BRIEF, "run", "--json", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"energy_kwh\":4200000.0"), r.out());
        Result bad = run("let x = 1 kwh\n", "check", "-");
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("<stdin>:1:11: error: unknown unit 'kwh'"), bad.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("", "run").status(), "no file");
        assertEquals(2, run("", "run", "--frobnicate", "x.gtrace").status(), "unknown option");
        Result missing = run("", "run", "no-such-file.gtrace");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("cannot read no-such-file.gtrace"), missing.err());
        assertEquals(2, run("", "run", "--seed", "notanumber", "-").status());
    }

    @Test
    void devicesAndPipesAreReadAndNonUtf8IsRefused(@TempDir Path dir) throws IOException {
        if (Files.exists(Path.of("/dev/null"))) {
            Result empty = run("", "check", "/dev/null");
            assertEquals(0, empty.status(), "an empty program is fine: " + empty.err());
        }
        Path latin1 = dir.resolve("latin1.gtrace");
        Files.write(latin1, "# r\u00e9gion\nlet x = 1 kWh\n".getBytes(StandardCharsets.ISO_8859_1));
        Result bad = run("", "check", latin1.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("is not UTF-8 text; save it as UTF-8"), bad.err());
    }

    @Test
    void helpOnEachSubcommand() {
        for (String cmd : List.of("run", "check", "demo")) {
            Result r = run("", cmd, "--help");
            assertEquals(0, r.status());
            assertTrue(r.out().contains("Usage: gtrace " + cmd), r.out());
        }
    }

    @Test
    void seedIsAccepted(@TempDir Path dir) throws IOException {
        Result r = run("", "run", "--seed", "7", write(dir, "s.gtrace", "let e = 0.004 .. 0.008 kWh\ne\n").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("6 Wh"), r.out());
    }

    @Test
    void demoPrintsTheGhibliHeadline() {
        Result r = run("", "demo");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("4,200 MWh"), r.out());
        assertTrue(r.out().contains("2,019 tCO2e"), r.out());
        assertTrue(r.out().contains("expect passed"), r.out());
    }

    @Test
    void filesRunInOneSessionInOrder(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.gtrace", "workload image g < queries 1M; energy 3 Wh >\n");
        Path b = write(dir, "b.gtrace", "energy g\n");
        Result r = run("", "run", "--json", a.toString(), b.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"energy_kwh\":3000.0"), r.out());
    }
}
