package org.gtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.telemetry.Bucket;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.Engines;
import org.gtrace.stdlib.telemetry.Filter;
import org.gtrace.stdlib.telemetry.GroupKey;
import org.gtrace.stdlib.telemetry.GroupQuery;
import org.gtrace.stdlib.telemetry.GroupRow;
import org.gtrace.stdlib.telemetry.LoadError;
import org.gtrace.stdlib.telemetry.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flawed file is refused by Spark as by DuckDB: the line, the column and the fix, and nothing kept. */
class BadInputTest {

    private static final String GOOD = Telemetry.HEADER + "\n"
            + "2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5\n"
            + "2025-03-25T00:30:00Z,DEU,gpt-4o,20,2.0\n";

    @TempDir
    Path dir;

    private Dataset load(String text, LoadOptions o) {
        return Engines.named("spark").load("tel", Telemetry.text(dir.resolve("tel.csv"), text), o, Map.of());
    }

    private LoadError refused(String text) {
        return assertThrows(LoadError.class, () -> load(text, LoadOptions.csv()));
    }

    @Test
    void aRowWithAValueTooManyNamesItsLine() {
        LoadError e = refused(GOOD + "2025-03-25T01:00:00Z,FRA,llama,5,0.5,extra\n2025-03-26T12:00:00Z,FRA,llama,5,4.0\n");
        assertEquals("line 4 has 6 values; the header has 5", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void aRowWithAValueTooFewNamesItsLine() {
        LoadError e = refused(GOOD + "2025-03-26T12:00:00Z,FRA,llama,5,4.0\n2025-03-25T01:00:00Z,FRA,llama,5\n");
        assertEquals("line 5 has 4 values; the header has 5", e.getMessage());
    }

    @Test
    void textInAColumnOfNumbersNamesItsLineAndColumn() {
        LoadError e = refused(GOOD + "2025-03-25T01:00:00Z,FRA,llama,5,0.5 kWh\n");
        assertEquals("line 4, column 'energy_kwh': '0.5 kWh' is text in a column of numbers", e.getMessage());
        assertEquals("energy_kwh", e.column());
        assertEquals("write a plain number (no unit, no thousands separator)", e.hint());
    }

    @Test
    void anEmptyCellIsNeverZero() {
        LoadError e = refused(GOOD + "2025-03-25T01:00:00Z,FRA,llama,,0.5\n");
        assertEquals("line 4, column 'requests' is empty", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void notANumberIsRefused() {
        LoadError e = refused(GOOD + "2025-03-25T01:00:00Z,FRA,llama,5,NaN\n");
        assertEquals("line 4, column 'energy_kwh': 'NaN' is not a finite number", e.getMessage());
    }

    @Test
    void aTimeWithoutAZoneNeedsTheLoadToNameOne() {
        String naive = GOOD + "2025-03-25 01:00:00,FRA,llama,5,0.5\n";
        LoadError e = refused(naive);
        assertEquals("line 4, column 'datetime': '2025-03-25 01:00:00' has no time zone", e.getMessage());
        assertTrue(e.hint().contains("< timezone UTC >"), e.hint());
    }

    @Test
    void aZoneNamedByTheLoadReadsNaiveTimesInItAsDuckDbDoes() {
        String naive = Telemetry.HEADER + "\n2025-03-24 23:30:00,FRA,gpt-4o,10,1.5\n2025-03-25 00:30:00,DEU,gpt-4o,20,2.0\n"
                + "2025-03-25 01:30:00,FRA,llama,5,0.5\n";
        LoadOptions paris = LoadOptions.csv().withTimeZone("Europe/Paris");
        GroupQuery byHour = new GroupQuery(List.of(GroupKey.bucket(Bucket.HOUR, "datetime")), List.of(), "energy_kwh", null, "region");
        try (Dataset s = load(naive, paris);
             Dataset d = Dataset.load("tel", dir.resolve("tel.csv"), paris)) {
            List<GroupRow> rows = s.groups(byHour);
            assertEquals(d.groups(byHour), rows);
            // 23:30 and 00:30 in Paris (UTC+1 in March) are 22:30 and 23:30 UTC
            assertEquals(List.of("2025-03-24T22:00Z", "2025-03-24T23:00Z", "2025-03-25T00:00Z"), rows.stream().map(r -> r.key().get(0)).toList());
        }
    }

    @Test
    void parquetTimesWithoutAZoneNeedTheLoadToNameOne() throws java.sql.SQLException {
        Path csv = Telemetry.text(dir.resolve("naive.csv"), Telemetry.HEADER + "\n2025-03-24 23:30:00,FRA,gpt-4o,10,1.5\n");
        Path parquet = dir.resolve("naive.parquet");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + parquet + "' (FORMAT parquet)");
        }
        LoadError e = assertThrows(LoadError.class, () -> Engines.named("spark").load("tel", parquet, LoadOptions.csv(), Map.of()));
        assertEquals("column 'datetime' holds times without a time zone (line 2: 2025-03-24 23:30:00)", e.getMessage());
        GroupQuery byHour = new GroupQuery(List.of(GroupKey.bucket(Bucket.HOUR, "datetime")), List.of(), "energy_kwh", null, "region");
        try (Dataset s = Engines.named("spark").load("tel", parquet, LoadOptions.csv().withTimeZone("Europe/Paris"), Map.of())) {
            assertEquals("2025-03-24T22:00Z", s.groups(byHour).get(0).key().get(0));
        }
    }

    @Test
    void aTimeColumnThatIsNotTimesNamesTheRow() {
        LoadError e = refused(GOOD + "yesterday,FRA,llama,5,0.5\n");
        assertEquals("line 4, column 'datetime': 'yesterday' is not a time G-TRACE can read", e.getMessage());
    }

    @Test
    void aHeaderWithoutRowsAndAnEmptyFileAreRefused() {
        assertEquals("the file has a header but no rows", refused(Telemetry.HEADER + "\n").getMessage());
        assertEquals("the file is empty: it needs a header line and at least one row", refused("").getMessage());
    }

    @Test
    void aFilterValueThatIsNotOfItsColumnsKindIsRefusedBeforeTheQuery() {
        try (Dataset s = load(GOOD, LoadOptions.csv())) {
            GroupKey requests = GroupKey.column("requests");
            LoadError e = assertThrows(LoadError.class, () -> s.groups(new GroupQuery(List.of(GroupKey.column("model")),
                    List.of(new Filter(requests, Filter.Op.GE, "100 requests")), "energy_kwh", null, "region")));
            assertEquals("'100 requests' is not a number, which 'requests' holds", e.getMessage());
            LoadError month = assertThrows(LoadError.class, () -> s.groups(new GroupQuery(List.of(GroupKey.column("model")),
                    List.of(new Filter(GroupKey.bucket(Bucket.DAY, "datetime"), Filter.Op.GE, "2025-03")), "energy_kwh", null, "region")));
            assertEquals("'2025-03' is not a date, which 'day' holds", month.getMessage());
        }
    }

    @Test
    void aFilterValueIsBoundNotWrittenIntoTheQuery() {
        try (Dataset s = load(GOOD, LoadOptions.csv())) {
            List<GroupRow> rows = s.groups(new GroupQuery(List.of(GroupKey.column("model")),
                    List.of(new Filter(GroupKey.column("region"), Filter.Op.NE, "x' OR '1' = '1")), "energy_kwh", null, "region"));
            assertEquals(2, rows.size());
            List<GroupRow> none = s.groups(new GroupQuery(List.of(GroupKey.column("model")),
                    List.of(new Filter(GroupKey.column("region"), Filter.Op.EQ, "FRA' OR '1' = '1")), "energy_kwh", null, "region"));
            assertEquals(List.of(), none);
        }
    }

    @Test
    void moreGroupsThanATableCanShowAreRefusedNotTruncated() {
        StringBuilder b = new StringBuilder("id,datetime,region,energy_kwh\n");
        for (int i = 0; i <= Dataset.MAX_GROUPS; i++) b.append(i).append(",2025-03-25T00:00:00Z,FRA,1.0\n");
        try (Dataset s = load(b.toString(), LoadOptions.csv())) {
            LoadError e = assertThrows(LoadError.class,
                    () -> s.groups(new GroupQuery(List.of(GroupKey.column("id")), List.of(), "energy_kwh", null, "region")));
            assertEquals("the answer would have more than 100000 groups", e.getMessage());
            assertEquals(Dataset.MAX_GROUPS, s.groups(new GroupQuery(List.of(GroupKey.column("id")),
                    List.of(new Filter(GroupKey.column("id"), Filter.Op.GE, "1")), "energy_kwh", null, "region")).size());
        }
    }
}
