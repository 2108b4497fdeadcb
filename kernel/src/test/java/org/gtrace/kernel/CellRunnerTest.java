package org.gtrace.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.dsl.CellLanguage;
import org.gtrace.kernel.dsl.Languages;
import org.gtrace.kernel.java.JavaCells;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.magic.Magics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell runner on the real language: magics in place, line numbers kept, one result per cell. */
class CellRunnerTest {

    private final CompletableFuture<CellLanguage> language = CompletableFuture.completedFuture(Languages.create());
    private final CellRunner runner = new CellRunner(language, new JavaCells(language::join), new Magics(Languages::datasets));

    /** Records what a cell shows. */
    static final class Recorder implements Output {
        final List<Bundle> displays = new ArrayList<>();
        final List<Bundle> results = new ArrayList<>();
        final StringBuilder stdout = new StringBuilder();
        @Override public void display(Bundle b) { displays.add(b); }
        @Override public void update(Bundle b) { }
        @Override public void result(Bundle b) { results.add(b); }
        @Override public void stdout(String t) { stdout.append(t); }
        @Override public void stderr(String t) { }
        @Override public void clear(boolean wait) { }
    }

    @Test
    void theBriefsExampleGivesItsEnergyAsTheResult() throws CellError {
        Recorder out = new Recorder();
        runner.run("workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli", "cell 1", out);
        assertEquals(1, out.results.size());
        assertTrue(out.results.get(0).data().get("text/html").toString().contains("4,200"), out.results.get(0).plain());
    }

    @Test
    void aLineMagicRunsInPlaceAndErrorsKeepTheirCellLine() {
        Recorder out = new Recorder();
        CellError e = assertThrows(CellError.class, () -> runner.run("let a = 1 kWh\n%seed 3\nlet b = a +\n", "cell 2", out));
        assertEquals("Seed set to 3.\n", out.stdout.toString());
        assertTrue(e.evalue().startsWith("cell 2:3:"), e.evalue());
        assertEquals("SyntaxError", e.ename());
    }

    @Test
    void unknownMagicIsAUsageError() {
        CellError e = assertThrows(CellError.class, () -> runner.run("%nope", "cell 3", new Recorder()));
        assertEquals("UsageError", e.ename());
        assertEquals("line 1: %nope is not a magic of this kernel; %lsmagic lists them", e.evalue());
    }

    @Test
    void loadRunsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("study.gtrace"), "let per_image = 0.006 kWh\n");
        runner.run("%load " + good, "cell 4", new Recorder());
        assertTrue(language.join().names().contains("per_image"));
        Path bad = Files.writeString(dir.resolve("bad.gtrace"), "let ok = 1 kWh\nemissions missing_thing\n");
        CellError e = assertThrows(CellError.class, () -> runner.run("%load " + bad, "cell 5", new Recorder()));
        assertTrue(e.evalue().startsWith("bad.gtrace:2:"), e.evalue());
    }

    @Test
    void nulByteIsRefusedBeforeAnythingRuns() {
        CellError e = assertThrows(CellError.class, () -> runner.run("let z = 1 kWh\u0000", "cell 6", new Recorder()));
        assertEquals("SyntaxError", e.ename());
        assertTrue(!language.join().names().contains("z"));
    }
}
