package org.gtrace.stdlib.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine that is not built is a sentence that says how to build it, never a class-loading stack trace. */
class EnginesTest {

    @TempDir
    Path dir;

    @Test
    void anEngineNotBuiltSaysWhereItsJarsWereLookedForAndHowToBuildThem() {
        LoadError e = assertThrows(LoadError.class, () -> Engines.named("nosuch"));
        assertTrue(e.getMessage().startsWith("the nosuch engine is not built: its jars are not in "), e.getMessage());
        assertTrue(e.getMessage().endsWith(Path.of("nosuch", "target", "lib").toString()), e.getMessage());
        assertTrue(e.hint().startsWith("build it once from the checkout: mvn -q -B package -pl nosuch -am -DskipTests"), e.hint());
        assertTrue(e.hint().endsWith("or point -Dgtrace.nosuch.lib=FOLDER at a folder holding its jars"), e.hint());
        assertEquals(0, e.line());
    }

    @Test
    void aFolderGivenByItsPropertyIsWhereTheJarsAreLookedFor() {
        System.setProperty("gtrace.elsewhere.lib", dir.toString());
        try {
            LoadError e = assertThrows(LoadError.class, () -> Engines.named("elsewhere"));
            assertEquals("the elsewhere engine is not built: its jars are not in " + dir, e.getMessage());
        } finally {
            System.clearProperty("gtrace.elsewhere.lib");
        }
    }
}
