package org.gtrace.stdlib.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What every engine knows of a CSV file before its reader is given it, and of a header's words:
 * the same file is refused, and the same column read as times, whichever engine reads it.
 */
public final class CsvText {

    /** More columns than a telemetry table ever has; beyond it a file is refused before the reader is given it. */
    static final int MAX_COLUMNS = 10_000;

    /** Headers a column of times goes by; such a column read as text is a time in a form the reader could not read. */
    private static final Set<String> TIME_WORDS = Set.of("datetime", "timestamp", "time", "date", "ts", "hour", "start", "start_time");

    private CsvText() {}

    /**
     * An empty file, or one with a NUL byte near its start (an image, a zip), is not a CSV file; a
     * header of more than {@link #MAX_COLUMNS} columns is refused before a reader would size buffers for it.
     */
    public static void check(Path file, char separator) {
        byte[] start = new byte[65536];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new LoadError("cannot read the file: " + e.getMessage(), 0, null, "");
        }
        if (n == 0) throw new LoadError("the file is empty: it needs a header line and at least one row", 0, null, "");
        long line = 1;
        int columns = 1;
        for (int i = 0; i < n; i++) {
            if (start[i] == 0) {
                throw new LoadError("line " + line + ": the file is not text: it holds a NUL byte, so it is not UTF-8 text", line, null,
                        "load reads CSV files saved as UTF-8 text");
            }
            if (start[i] == '\n') line++;
            if (line == 1 && start[i] == separator && ++columns > MAX_COLUMNS) {
                throw new LoadError("line 1: more than " + String.format(Locale.ROOT, "%,d", MAX_COLUMNS) + " columns", 1, null,
                        "a telemetry table has a column per quantity (check the separator: load t from \"f.csv\" < separator \";\" >)");
            }
        }
    }

    /** Whether a header names a column of times ({@code datetime}, {@code Timestamp [UTC]}). */
    public static boolean namesTime(String header) {
        return TIME_WORDS.contains(Headers.stem(header));
    }
}
