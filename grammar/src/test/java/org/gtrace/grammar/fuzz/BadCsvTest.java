package org.gtrace.grammar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV with a bad row is refused with its line and column, and nothing is loaded: not a table
 * with a column silently turned to text, not NaN for an empty value, not half the rows. An
 * earlier table of the same name is left as it was.
 */
class BadCsvTest {

    static final String HEADER = "day,region,requests,energy_kwh\n";
    static final String ROWS = IntStream.rangeClosed(1, 300)
            .mapToObj(i -> "2025-03-" + (i % 28 + 1) + ",r" + (i % 3) + "," + (1000 + i) + "," + (i / 10.0))
            .collect(Collectors.joining("\n", "", "\n"));

    @TempDir
    Path dir;

    private Execution load(String name, byte[] content, Session s) throws IOException {
        Files.write(dir.resolve(name), content);
        s.baseDirectory(dir);
        return s.execute("load t from \"" + name + "\"", "cell");
    }

    private Execution load(String name, String content, Session s) throws IOException {
        return load(name, content.getBytes(StandardCharsets.UTF_8), s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        text in a column of numbers, row 201 | 200 | r9,r1,many,1.5               | line 202, column 'requests': 'many' is text in a column of numbers
        an extra value                       | 10  | 2025-03-01,r1,5,1.5,surprise | line 12 has 5 values; the header has 4
        a missing value                      | 10  | 2025-03-01,r1,5              | line 12 has 3 values; the header has 4
        an empty value                       | 50  | 2025-03-01,r1,,1.5           | line 52, column 'requests' is empty
        NaN                                  | 0   | 2025-03-01,r1,5,NaN          | line 2, column 'energy_kwh': 'nan' is not a finite number
        infinity                             | 299 | 2025-03-01,r1,5,-Infinity    | line 301, column 'energy_kwh': '-inf' is not a finite number
        """)
    void aBadRowIsNamedByLineAndColumnAndNothingLoads(String what, int after, String bad, String message) throws IOException {
        String[] rows = ROWS.split("\n");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows.length; i++) {
            if (i == after) csv.append(bad).append('\n');
            csv.append(rows[i]).append('\n');
        }
        Session s = new Session();
        Execution x = load("bad.csv", csv.toString(), s);
        assertEquals(1, x.errors().size(), () -> x.format("cell", ""));
        Diagnostic d = x.errors().get(0);
        assertEquals(Kind.DATA, d.kind());
        assertTrue(d.message().contains(message), d.message());
        assertTrue(d.message().endsWith("nothing was loaded"), d.message());
        assertEquals(1, d.line());
        assertEquals(13, d.column(), "the error points at the file name");
        assertTrue(s.value("t").isEmpty(), "no table may be bound");
    }

    @Test
    void aGoodFileStillLoadsAndABadOneKeepsTheEarlierTable() throws IOException {
        Session s = new Session();
        Execution good = load("good.csv", HEADER + ROWS, s);
        assertTrue(good.ok(), () -> good.format("cell", ""));
        Object before = s.value("t").orElseThrow();
        assertEquals(300, ((org.gtrace.stdlib.telemetry.Dataset) before).rowCount());
        Execution bad = load("bad.csv", HEADER + ROWS + "2025-03-01,r1,oops,1\n", s);
        assertTrue(bad.hasErrors());
        assertTrue(before == s.value("t").orElseThrow(), "the earlier t is untouched");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty file  | ''             | the file is empty
        header only | 'a,b'          | the file has a header but no rows
        """)
    void emptyFilesAreRefused(String what, String content, String message) throws IOException {
        Execution x = load("e.csv", content.replace("\\n", "\n"), new Session());
        assertTrue(x.errors().get(0).message().contains(message), x.errors().get(0).message());
    }

    @Test
    void binaryAndNonUtf8FilesAreRefused() throws IOException {
        Execution bin = load("b.csv", new byte[] {0, (byte) 0xff, (byte) 0xfe, 0, 1, 2}, new Session());
        assertTrue(bin.errors().get(0).message().contains("not UTF-8 text"), bin.errors().get(0).message());
        Execution latin = load("l.csv", "name,queries\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1), new Session());
        assertTrue(latin.errors().get(0).message().contains("not UTF-8 text"), latin.errors().get(0).message());
        Execution nul = load("n.csv", "name,queries\nx\0y,1\n", new Session());
        assertTrue(nul.errors().get(0).message().contains("line 2: the file is not text"), nul.errors().get(0).message());
    }

    @Test
    void aRowStartingWithAHashIsDataNotAComment() throws IOException {
        Session s = new Session();
        Execution x = load("h.csv", "name,queries\n#1,5\nb,6\n", s);
        assertTrue(x.ok(), () -> x.format("cell", ""));
        assertEquals(2, ((org.gtrace.stdlib.telemetry.Dataset) s.value("t").orElseThrow()).rowCount());
    }

    private static String error(Execution x) {
        return x.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("; "));
    }

    @Test
    void aFolderADeviceAndAPipeAreNamedForWhatTheyAre() throws Exception {
        // each got "cannot find the file"
        Session s = new Session();
        Files.createDirectory(dir.resolve("runs"));
        s.baseDirectory(dir);
        assertEquals("\"runs\" is a folder, not a file", error(s.execute("load t from \"runs\"", "cell")));
        assertEquals("\"/dev/zero\" is not a regular file (a device, a pipe or a socket), so nothing was read",
                error(s.execute("load t from \"/dev/zero\"", "cell")));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals("\"pipe\" is not a regular file (a device, a pipe or a socket), so nothing was read",
                error(s.execute("load t from \"pipe\"", "cell")));
        assertEquals("cannot find the file \"nowhere.csv\"", error(s.execute("load t from \"nowhere.csv\"", "cell")));
    }

    @Test
    void tooManyColumnsIsNotBlamedOnAQuote() throws IOException {
        // 200,000 columns were "an unclosed quote, or a value over a million characters"
        String wide = IntStream.range(0, 20_000).mapToObj(i -> "c" + i).collect(Collectors.joining(",")) + "\n"
                + IntStream.range(0, 20_000).mapToObj(i -> "1").collect(Collectors.joining(",")) + "\n";
        String m = error(load("wide.csv", wide, new Session()));
        assertTrue(m.contains("line 1: more than 10,000 columns"), m);
        String quote = HEADER + "2025-03-01,\"r1,5,1.5\n" + ROWS;
        String q = error(load("quote.csv", quote, new Session()));
        assertTrue(q.contains("a quote opened and never closed") || q.contains("values but the header has"), q);
    }
}
