package org.gtrace.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of uncertainty, simulation and the pyramid runs through {@code gtrace run --json}. */
class ExamplesTest {
    @Test
    void ghibliViralExampleRuns() throws Exception {
        Path example = Path.of("..", "examples", "ghibli-viral.gtrace");
        assertTrue(Files.exists(example), example.toAbsolutePath().toString());
        CliTest.Result r = CliTest.run("", "run", "--json", example.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonObject> lines = r.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        assertEquals(6, lines.size(), "five results and the manifest");
        JsonObject emissions = lines.get(0);
        // 700M × 6 Wh × PUE 1.1 (centres) = 4,620 MWh; uncertain, so p5 < value < p95
        assertEquals(4.62e6, emissions.get("energy_kwh").getAsDouble(), 0.01 * 4.62e6);
        assertTrue(emissions.get("energy_kwh_p5").getAsDouble() < 0.85 * 4.62e6);
        assertTrue(emissions.get("energy_kwh_p95").getAsDouble() > 1.15 * 4.62e6);
        assertEquals("trend", lines.get(1).get("subject").getAsString());
        // the paper's case: 130M users over 10 days land within 5% of 4,309 MWh (the expect line passes)
        assertEquals("expect passed", lines.get(2).get("title").getAsString());
        // the figure it is checked against, with its source
        assertTrue(lines.get(3).get("text").getAsString().contains("https://arxiv.org/abs/2511.04776"), lines.get(3).toString());
        assertEquals(5.0, lines.get(4).get("level").getAsDouble(), 0.0);
        JsonObject manifest = lines.get(5).getAsJsonObject("manifest");
        assertTrue(manifest.getAsJsonArray("figures").asList().stream().anyMatch(f -> f.getAsJsonObject().get("samples").getAsInt() > 0
                && f.getAsJsonObject().get("se").getAsDouble() > 0), "the simulation's figures carry their Monte Carlo standard error");
    }
}
