package org.gtrace.grammar.compile;

import java.io.File;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.gtrace.stdlib.uncertainty.CancelledException;
import tech.tablesaw.io.Source;

/**
 * A CSV file for Tablesaw that stops reading when its thread is interrupted. Tablesaw's own read
 * never looks, so interrupting the load of 10,000,000 rows was answered only when it had ended;
 * Tablesaw reads in chunks, and each chunk now looks first. The file stays a file (given a reader,
 * Tablesaw would copy the whole input into memory to read it twice), and it is read as UTF-8, which
 * {@link CsvCheck} has already made sure of.
 */
final class InterruptibleCsvSource extends Source {

    InterruptibleCsvSource(File file) {
        super(file, StandardCharsets.UTF_8);
    }

    @Override
    public Reader createReader(byte[] cachedBytes) throws IOException {
        return new FilterReader(super.createReader(cachedBytes)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                CancelledException.ifInterrupted("loading the file");
                return super.read(buffer, offset, length);
            }

            @Override
            public int read() throws IOException {
                CancelledException.ifInterrupted("loading the file");
                return super.read();
            }
        };
    }
}
