package org.gtrace.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module's main sources depend one way between packages. Each module's test extends this to
 * run it on its own sources (Maven runs a module's tests in its folder).
 */
public abstract class NoPackageCycles {

    @Test
    public void mainSourcesHaveNoPackageCycle() throws IOException {
        PackageGraph graph = PackageGraph.of(Path.of("src", "main", "java"));
        assertTrue(graph.packages().size() > 1, "read the packages of " + Path.of("").toAbsolutePath());
        List<String> cycles = graph.cycles();
        assertTrue(cycles.isEmpty(), () -> "package cycles:\n" + String.join("\n", cycles));
    }
}
