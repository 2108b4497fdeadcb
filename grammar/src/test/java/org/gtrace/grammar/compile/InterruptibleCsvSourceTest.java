package org.gtrace.grammar.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Tablesaw's read of a CSV stops when its thread is interrupted, and reads the whole file when not. */
class InterruptibleCsvSourceTest {

    @TempDir
    Path dir;

    private Path csv(int rows) throws Exception {
        StringBuilder b = new StringBuilder("region,energy_kwh\n");
        for (int i = 0; i < rows; i++) b.append(i % 2 == 0 ? "FRA" : "DEU").append(',').append(i * 0.5).append('\n');
        return Files.writeString(dir.resolve("t.csv"), b);
    }

    private static Table read(Path file) {
        return Table.read().csv(CsvReadOptions.builder(new InterruptibleCsvSource(file.toFile())).build());
    }

    @Test
    void aReadReadsEveryRow() throws Exception {
        Table t = read(csv(50_000));
        assertEquals(50_000, t.rowCount());
        assertEquals(0.5 * 49_999, t.numberColumn("energy_kwh").getDouble(49_999));
    }

    @Test
    void anInterruptedReadStopsWithCancelled() throws Exception {
        Path file = csv(50_000);
        Thread.currentThread().interrupt();
        try {
            RuntimeException e = assertThrows(RuntimeException.class, () -> read(file));
            boolean cancelled = false;
            for (Throwable c = e; c != null; c = c.getCause()) cancelled |= c instanceof CancelledException;
            assertTrue(cancelled, "expected a CancelledException in " + e);
        } finally {
            Thread.interrupted();
        }
    }
}
