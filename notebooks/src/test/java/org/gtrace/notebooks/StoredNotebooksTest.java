package org.gtrace.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notebooks as stored (what GitHub shows), checked without Jupyter: the G-TRACE kernelspec,
 * every code cell that is not a commented-out exercise template run and showing its outputs, no
 * stored error, and every chart stored as SVG with a PNG fallback. Executing them is stage 50's job.
 */
class StoredNotebooksTest {

    static List<Path> notebooks() throws IOException {
        Path dir = Path.of(System.getProperty("gtrace.root", "..")).resolve("notebooks");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void isAGtraceNotebookStoredWithItsOutputs(Path file) throws IOException {
        JsonObject nb = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals(4, nb.get("nbformat").getAsInt(), "nbformat");
        JsonObject spec = nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec");
        assertEquals("gtrace", spec.get("name").getAsString());
        assertEquals("gtrace", spec.get("language").getAsString());
        int charts = 0;
        for (JsonElement e : nb.getAsJsonArray("cells")) {
            JsonObject cell = e.getAsJsonObject();
            if (!"code".equals(cell.get("cell_type").getAsString()) || template(source(cell))) continue;
            JsonArray outputs = cell.getAsJsonArray("outputs");
            assertFalse(cell.get("execution_count").isJsonNull(), () -> file.getFileName() + ": a cell was never run: " + source(cell));
            assertFalse(outputs.isEmpty(), () -> file.getFileName() + ": a cell has no stored output: " + source(cell));
            for (JsonElement o : outputs) {
                JsonObject out = o.getAsJsonObject();
                assertFalse("error".equals(out.get("output_type").getAsString()),
                        () -> file.getFileName() + ": a stored error in: " + source(cell));
                JsonObject data = out.getAsJsonObject("data");
                if (data != null && data.has("image/svg+xml")) {
                    charts++;
                    assertTrue(data.has("image/png"), file.getFileName() + ": a chart without its PNG fallback");
                }
            }
        }
        assertTrue(charts > 0 || file.getFileName().toString().startsWith("06-workshop.ipynb"),
                file.getFileName() + " stores no chart");
    }

    private static String source(JsonObject cell) {
        JsonElement s = cell.get("source");
        if (s.isJsonPrimitive()) return s.getAsString();
        StringBuilder b = new StringBuilder();
        s.getAsJsonArray().forEach(x -> b.append(x.getAsString()));
        return b.toString();
    }

    /** An exercise left for the learner: every line commented out. */
    private static boolean template(String source) {
        return source.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"));
    }
}
