package org.gtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The language's statements, through the real session, give the same tables with set engine spark as with DuckDB. */
class LanguageTest {

    @TempDir
    static Path dir;

    private static Session duck;
    private static Session spark;

    @BeforeAll
    static void load() {
        Telemetry.write(dir, 3_000, 11).toFile().renameTo(dir.resolve("tel.csv").toFile());
        duck = session("load tel from \"tel.csv\"");
        spark = session("set engine spark\nload tel from \"tel.csv\"");
    }

    private static Session session(String code) {
        Session s = new Session();
        s.baseDirectory(dir);
        Execution x = s.execute(code, "cell");
        assertTrue(x.ok(), () -> x.format("cell", code));
        return s;
    }

    private static Report last(Session s, String code) {
        Execution x = s.execute(code, "cell");
        assertTrue(x.ok(), () -> x.format("cell", code));
        return x.reports().get(x.reports().size() - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"emissions tel by region", "energy tel by day where region = FRA", "emissions tel by model, month",
        "emissions tel by week where requests >= 100 and region != USA", "energy tel by hour where day = 2025-03-02"})
    void sameTableOnBothEngines(String statement) {
        assertTrue(last(duck, statement).table().rowCount() > 1, statement);
        assertSameTable(statement);
    }

    /** Hour-matching cuts the rows by a grid's clock in the engine's SQL: the same slices, hence the same figures. */
    @Test
    void hourMatchingAndShiftingGiveTheSameFiguresOnBothEngines() {
        Telemetry.text(dir.resolve("hm-grid.csv"), "time,region,intensity [g/kWh]\n2025-03-25T00:00:00Z,GBR,100\n"
                + "2025-03-25T00:30:00Z,GBR,200\n2025-03-25T01:00:00Z,GBR,50\n");
        Telemetry.text(dir.resolve("hm-tel.csv"), "datetime,region,model,energy [kWh]\n2025-03-25T00:10:00Z,GBR,a,1\n"
                + "2025-03-25T00:59:59.5Z,GBR,a,2\n2025-03-25T01:05:00Z,GBR,b,3\n");
        String load = "load hg from \"hm-grid.csv\"\nload ht from \"hm-tel.csv\"\nshift f from ht < grid hg; flexible 50%; window 1 h >";
        last(duck, load);
        last(spark, load);
        assertSameTable("emissions ht with hg");
        assertSameTable("emissions ht by model with hg");
        assertSameTable("emissions f");
        // 1 kWh × 100 + 2 kWh × 200 (00:59:59.5 is still the 00:30 half-hour) + 3 kWh × 50 = 650 g
        assertEquals(0.650, last(spark, "emissions ht with hg").metrics().get(0).value().base(), 1e-12);
    }

    private static void assertSameTable(String statement) {
        Table d = last(duck, statement).table();
        Table s = last(spark, statement).table();
        assertEquals(d.columnNames(), s.columnNames(), statement);
        assertEquals(d.rowCount(), s.rowCount(), statement);
        for (int c = 0; c < d.columnCount(); c++) {
            Column<?> dc = d.column(c);
            Column<?> sc = s.column(c);
            for (int r = 0; r < d.rowCount(); r++) {
                Object e = dc.get(r);
                Object a = sc.get(r);
                if (e instanceof Double x && a instanceof Double y) {
                    assertEquals(x, y, Math.abs(x) * 1e-9, statement + ", " + dc.name() + " row " + r);
                } else {
                    assertEquals(e, a, statement + ", " + dc.name() + " row " + r);
                }
            }
        }
    }

    @Test
    void aFlawedFileIsALanguageErrorWithItsLineNotAStackTrace() {
        Telemetry.text(dir.resolve("bad.csv"), Telemetry.HEADER + "\n2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5\n"
                + "2025-03-25T00:30:00Z,DEU,gpt-4o,twenty,2.0\n");
        Execution x = spark.execute("load bad from \"bad.csv\"", "cell");
        Diagnostic e = x.firstError().orElseThrow();
        assertEquals("\"bad.csv\": line 3, column 'requests': 'twenty' is text in a column of numbers; nothing was loaded", e.message());
        assertFalse(x.format("cell", "load bad from \"bad.csv\"").contains("at org."), "no stack trace");
    }

    @Test
    void theMasterIsASettingAndSparkCannotMoveOnceStarted() {
        Session s = session("set engine spark\nset spark_master \"spark://nowhere.invalid:7077\"");
        Execution x = s.execute("load tel from \"tel.csv\"", "cell");
        Diagnostic e = x.firstError().orElseThrow();
        assertEquals("\"tel.csv\": Spark already runs on local[*] in this session and cannot move to spark://nowhere.invalid:7077;"
                + " nothing was loaded", e.message());
        assertTrue(e.hint().startsWith("restart the kernel"), e.hint());
    }

    @Test
    void anEngineThatIsNotAWordOfTheSettingIsACheckError() {
        Execution x = new Session().execute("set engine sparkle", "cell");
        assertTrue(x.firstError().orElseThrow().message().contains("sparkle"), x.format("cell", "set engine sparkle"));
        assertEquals(List.of(), new Session().check("set engine spark\nset spark_master \"local[2]\"", "cell"));
    }
}
