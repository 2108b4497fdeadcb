package org.gtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program run as the spark-submit job: its results on standard output, its errors as the CLI writes them, the CLI's exit status. */
class JobTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Job.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aStudyRunsWithEngineSparkAndPrintsItsTables() {
        Telemetry.text(dir.resolve("tel.csv"), Telemetry.HEADER + "\n2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5\n"
                + "2025-03-25T00:30:00Z,DEU,gpt-4o,20,2.0\n2025-03-25T01:00:00+01:00,FRA,llama,5,0.5\n");
        Path study = Telemetry.text(dir.resolve("study.gtrace"), "load tel from \"tel.csv\"\nenergy tel by day\nexpect energy tel == 4 kWh\n");
        assertEquals(0, run(study.toString()), () -> err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Loaded tel\n3 rows"), text);
        // 2025-03-25T01:00:00+01:00 is midnight UTC: two days, not three
        assertTrue(text.contains("2025-03-24") && text.contains("2025-03-25") && !text.contains("2025-03-26"), text);
        assertTrue(text.contains("3 of 3 rows of 'tel', in 2 groups"), text);
    }

    /** The embedded engine would read the time without a zone as UTC; Spark refuses it, so the job ran on Spark. */
    @Test
    void theJobsTablesAreSparks() {
        Telemetry.text(dir.resolve("mixed.csv"), Telemetry.HEADER + "\n2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5\n"
                + "2025-03-25 00:30:00,DEU,gpt-4o,20,2.0\n");
        Path study = Telemetry.text(dir.resolve("mixed.gtrace"), "load tel from \"mixed.csv\"\n");
        assertEquals(1, run(study.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 3, column 'datetime': '2025-03-25 00:30:00' has no time zone"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorInTheProgramIsTheCliDiagnosticAndStatusOne() {
        Path study = Telemetry.text(dir.resolve("bad.gtrace"), "load tel from \"missing.csv\"\n");
        assertEquals(1, run(study.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(study + ":1:15: error"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run());
        assertEquals(2, run(dir.resolve("none.gtrace").toString()));
    }
}
