package org.gtrace.stdlib.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    private static final String HEADER = "datetime,region,model,requests,energy_kwh\n";
    private static final String ROWS = HEADER
            + "2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5\n"
            + "2025-03-25T00:30:00Z,DEU,gpt-4o,20,2.0\n"
            + "2025-03-25T01:00:00+01:00,FRA,llama,5,0.5\n"
            + "2025-03-26T12:00:00Z,FRA,llama,5,4.0\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Dataset load(String text) throws IOException {
        return Dataset.load("tel", write("tel.csv", text), LoadOptions.csv());
    }

    private LoadError refused(String text) {
        return assertThrows(LoadError.class, () -> load(text));
    }

    @Test
    void readsColumnsAndTheirKinds() throws IOException {
        try (Dataset d = load(ROWS)) {
            assertEquals(4, d.rowCount());
            assertEquals(List.of("datetime", "region", "model", "requests", "energy_kwh"), d.columnNames());
            assertEquals(DatasetColumn.Kind.TIME, d.column("datetime").orElseThrow().kind());
            assertEquals(DatasetColumn.Kind.NUMBER, d.column("energy_kwh").orElseThrow().kind());
            assertEquals("datetime", d.timeColumn().orElseThrow().name());
        }
    }

    @Test
    void sumsByAColumnAndRegion() throws IOException {
        try (Dataset d = load(ROWS)) {
            List<GroupRow> rows = d.groups(new GroupQuery(List.of(GroupKey.column("model")), List.of(), "energy_kwh", "requests", "region"));
            assertEquals(3, rows.size());
            assertEquals(List.of("gpt-4o"), rows.get(0).key());
            assertEquals("DEU", rows.get(0).region());
            assertEquals(2.0, rows.get(0).energy());
            assertEquals(20, rows.get(0).volume());
            assertEquals("llama", rows.get(2).key().get(0));
            assertEquals(4.5, rows.get(2).energy(), 1e-12);
            assertEquals(2, rows.get(2).rows());
        }
    }

    @Test
    void daysAreCutInUtcWhateverZoneTheRowWasWrittenIn() throws IOException {
        try (Dataset d = load(ROWS)) {
            List<GroupRow> rows = d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.DAY, "datetime")), List.of(), "energy_kwh", null, null));
            // 01:00+01:00 is midnight UTC on the 25th
            assertEquals(List.of("2025-03-24", "2025-03-25", "2025-03-26"), rows.stream().map(r -> r.key().get(0)).toList());
            assertEquals(List.of(1.5, 2.5, 4.0), rows.stream().map(GroupRow::energy).toList());
            assertEquals(List.of(1.0, 2.0, 1.0), rows.stream().map(GroupRow::volume).toList(), "no volume column: rows are counted");
        }
    }

    @Test
    void hoursWeeksAndMonthsAreLabelled() throws IOException {
        try (Dataset d = load(ROWS)) {
            assertEquals("2025-03-24T23:00Z", d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.HOUR, "datetime")), List.of(),
                    "energy_kwh", null, null)).get(0).key().get(0));
            assertEquals("2025-03-24", d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.WEEK, "datetime")), List.of(),
                    "energy_kwh", null, null)).get(0).key().get(0), "weeks start on Monday");
            assertEquals("2025-03", d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.MONTH, "datetime")), List.of(),
                    "energy_kwh", null, null)).get(0).key().get(0));
        }
    }

    @Test
    void filtersByTextDateAndNumber() throws IOException {
        try (Dataset d = load(ROWS)) {
            List<Filter> where = List.of(new Filter(GroupKey.column("region"), Filter.Op.EQ, "FRA"),
                    new Filter(GroupKey.bucket(Bucket.DATE, "datetime"), Filter.Op.GE, "2025-03-25"));
            List<GroupRow> rows = d.groups(new GroupQuery(List.of(), where, "energy_kwh", "requests", "region"));
            assertEquals(1, rows.size());
            assertEquals(4.5, rows.get(0).energy(), 1e-12);
            List<GroupRow> big = d.groups(new GroupQuery(List.of(), List.of(new Filter(GroupKey.column("requests"), Filter.Op.GT, "9")),
                    "energy_kwh", null, null));
            assertEquals(3.5, big.get(0).energy(), 1e-12);
        }
    }

    @Test
    void aFilterValueOfTheWrongKindIsNamed() throws IOException {
        try (Dataset d = load(ROWS)) {
            LoadError e = assertThrows(LoadError.class, () -> d.groups(new GroupQuery(List.of(),
                    List.of(new Filter(GroupKey.bucket(Bucket.DATE, "datetime"), Filter.Op.GE, "March")), "energy_kwh", null, null)));
            assertEquals("'March' is not a date, which 'date' holds", e.getMessage());
            assertEquals("write a date as 2025-03-25", e.hint());
        }
    }

    /** The sniffer's sample names zones; a later row does not: refused with its line, never read as UTC. */
    @Test
    void aTimeWithoutAZoneAmongZonedOnesIsRefusedWithItsLine() throws IOException {
        String mixed = HEADER + "2025-03-24T23:00:00Z,FRA,m,1,1.5\n2025-03-25 00:30:00,FRA,m,1,2\n";
        LoadError e = refused(mixed);
        assertEquals("line 3, column 'datetime': '2025-03-25 00:30:00' has no time zone", e.getMessage());
        try (Dataset d = Dataset.load("tel", write("mixed.csv", mixed), LoadOptions.csv().withTimeZone("Europe/Paris"))) {
            List<GroupRow> hours = d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.HOUR, "datetime")), List.of(), "energy_kwh", null, null));
            assertEquals(List.of("2025-03-24T23:00Z"), hours.get(0).key());  // 00:30 in Paris is 23:30 UTC: the same hour
            assertEquals(3.5, hours.get(0).energy(), 1e-12);
        }
    }

    @Test
    void aRowWithTooFewValuesIsNamedByItsLine() {
        LoadError e = refused(ROWS + "2025-03-27T00:00:00Z,FRA,llama,5\n");
        assertEquals(6, e.line());
        assertEquals("line 6 has 4 values; the header has 5", e.getMessage());
    }

    @Test
    void textInANumberColumnIsNamedDeepInAFile() {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 50_000; i++) b.append("2025-03-25T00:00:00Z,FRA,m,1,0.5\n");
        b.append("2025-03-25T00:00:00Z,FRA,m,1,lots\n");
        LoadError e = refused(b.toString());
        assertEquals(50_002, e.line());
        assertEquals("energy_kwh", e.column());
        assertTrue(e.getMessage().contains("'lots' is not a number"), e.getMessage());
    }

    @Test
    void textAmongNumbersInTheSampleIsNamedToo() {
        LoadError e = refused(HEADER + "2025-03-25T00:00:00Z,FRA,m,1,0.5\n2025-03-25T00:00:00Z,FRA,m,1,n/a\n");
        assertEquals("line 3, column 'energy_kwh': 'n/a' is text in a column of numbers", e.getMessage());
    }

    @Test
    void anEmptyCellIsRefused() {
        LoadError e = refused(HEADER + "2025-03-25T00:00:00Z,FRA,m,1,0.5\n2025-03-25T00:00:00Z,,m,1,0.5\n");
        assertEquals("line 3, column 'region' is empty", e.getMessage());
    }

    @Test
    void nanIsRefused() {
        LoadError e = refused(HEADER + "2025-03-25T00:00:00Z,FRA,m,1,0.5\n2025-03-25T00:00:00Z,FRA,m,1,NaN\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("is not a finite number"), e.getMessage());
    }

    @Test
    void timesWithoutAZoneAreRefusedUnlessTheLoadNamesOne() throws IOException {
        String naive = HEADER + "2025-03-25T10:00:00,FRA,m,1,0.5\n2025-03-25T11:00:00,FRA,m,1,0.5\n";
        LoadError e = refused(naive);
        assertEquals("datetime", e.column());
        assertEquals("line 2, column 'datetime': '2025-03-25T10:00:00' has no time zone", e.getMessage());
        try (Dataset d = Dataset.load("tel", write("naive.csv", naive), LoadOptions.csv().withTimeZone("Europe/Paris"))) {
            assertEquals("2025-03-25T09:00Z", d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.HOUR, "datetime")), List.of(),
                    "energy_kwh", null, null)).get(0).key().get(0));
        }
    }

    @Test
    void aTimeInAnUnknownFormIsNamed() {
        LoadError e = refused(HEADER + "2025-03-25T10:00:00Z,FRA,m,1,0.5\nnext tuesday,FRA,m,1,0.5\n");
        assertEquals(3, e.line());
        assertEquals("line 3, column 'datetime': 'next tuesday' is not a time G-TRACE can read", e.getMessage());
    }

    @Test
    void emptyAndBinaryFilesAreRefused() throws IOException {
        assertTrue(refused("").getMessage().startsWith("the file is empty"));
        assertEquals("the file has a header but no rows", refused(HEADER).getMessage());
        Path bin = dir.resolve("x.csv");
        Files.write(bin, new byte[] {'a', ',', 'b', '\n', 0, 1, 2, '\n'});
        assertTrue(assertThrows(LoadError.class, () -> Dataset.load("x", bin, LoadOptions.csv())).getMessage().contains("not text"));
    }

    @Test
    void aRefusedLoadLeavesNoDatabaseBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("gtrace-data-")).count();
        }
        refused(ROWS + "x\n");
        try (var s = Files.list(tmp)) {
            assertEquals(before, s.filter(p -> p.getFileName().toString().startsWith("gtrace-data-")).count());
        }
    }

    @Test
    void closingRemovesTheDatabase() throws IOException {
        Dataset d = load(ROWS);
        Path folder = ((DuckDataset) d).folder();
        assertTrue(Files.exists(folder.resolve("data.duckdb")));
        d.close();
        assertFalse(Files.exists(folder));
    }

    @Test
    void columnsAndHeadReadInFileOrder() throws IOException {
        try (Dataset d = load(ROWS)) {
            assertEquals(List.of(1.5, 2.0, 0.5, 4.0), java.util.Arrays.stream(d.numbers("energy_kwh")).boxed().toList());
            assertEquals(2, d.head(2).rowCount());
            assertEquals("DEU", d.head(2).stringColumn("region").get(1));
        }
    }
    /** A Parquet file written by DuckDB itself from {@code select}, so the test reads a real file. */
    private Path parquet(String name, String select) throws Exception {
        Path p = dir.resolve(name);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            s.execute("COPY (" + select + ") TO '" + p + "' (FORMAT parquet)");
        }
        return p;
    }

    private static final String PARQUET_ROWS = "SELECT * FROM (VALUES (TIMESTAMPTZ '2025-03-24 23:00:00+00', 'FRA', 'gpt-4o', 10, 1.5),"
            + " (TIMESTAMPTZ '2025-03-25 00:30:00+00', 'DEU', 'gpt-4o', 20, 2.0), (TIMESTAMPTZ '2025-03-25 00:00:00+00', 'FRA', 'llama', 5, 0.5),"
            + " (TIMESTAMPTZ '2025-03-26 12:00:00+00', 'FRA', 'llama', 5, 4.0)) t(datetime, region, model, requests, energy_kwh)";

    @Test
    void parquetIsReadInPlaceAndAnswersAsTheSameRowsInCsvDo() throws Exception {
        GroupQuery byDay = new GroupQuery(List.of(GroupKey.bucket(Bucket.DAY, "datetime")), List.of(), "energy_kwh", "requests", "region");
        try (Dataset csv = load(ROWS); Dataset pq = Dataset.load("tel", parquet("tel.parquet", PARQUET_ROWS), LoadOptions.csv())) {
            assertEquals(csv.columnNames(), pq.columnNames());
            assertEquals(csv.groups(byDay), pq.groups(byDay));
            assertEquals(4, pq.head(10).rowCount());
            assertEquals(List.of(1.5, 2.0, 0.5, 4.0), java.util.Arrays.stream(pq.numbers("energy_kwh")).boxed().toList());
        }
    }

    @Test
    void aParquetFileChangedAfterLoadingIsRefusedNotReadUnchecked() throws Exception {
        Path p = parquet("tel.parquet", PARQUET_ROWS);
        try (Dataset d = Dataset.load("tel", p, LoadOptions.csv())) {
            Files.write(p, new byte[] {1, 2, 3});
            LoadError e = assertThrows(LoadError.class, () -> d.groups(new GroupQuery(List.of(), List.of(), "energy_kwh", null, null)));
            assertTrue(e.getMessage().contains("changed since 'tel' was loaded from it"), e.getMessage());
            assertEquals("load it again: load tel from \"tel.parquet\"", e.hint());
        }
    }

    @Test
    void parquetTimesWithoutAZoneAreCopiedInTheZoneTheLoadNames() throws Exception {
        Path p = parquet("naive.parquet", "SELECT TIMESTAMP '2025-03-25 10:00:00' AS datetime, 'FRA' AS region, 1.0 AS energy_kwh");
        assertTrue(assertThrows(LoadError.class, () -> Dataset.load("n", p, LoadOptions.csv())).getMessage().contains("without a time zone"));
        try (Dataset d = Dataset.load("n", p, LoadOptions.csv().withTimeZone("Europe/Paris"))) {
            Files.delete(p);  // copied, so the file is no longer needed
            List<GroupRow> rows = d.groups(new GroupQuery(List.of(GroupKey.bucket(Bucket.HOUR, "datetime")), List.of(), "energy_kwh", null, null));
            assertEquals(List.of("2025-03-25T09:00Z"), rows.get(0).key());
        }
    }

    @Test
    void aParquetNullIsAnEmptyCell() throws Exception {
        Path p = parquet("gap.parquet", "SELECT * FROM (VALUES ('FRA', 1.0), ('DEU', NULL)) t(region, energy_kwh)");
        LoadError e = assertThrows(LoadError.class, () -> Dataset.load("g", p, LoadOptions.csv()));
        assertTrue(e.getMessage().contains("column 'energy_kwh' is empty"), e.getMessage());
    }
}
