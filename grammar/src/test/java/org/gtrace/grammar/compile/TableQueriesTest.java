package org.gtrace.grammar.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** by any column or time bucket and where on a loaded table, through the real session, on a real file. */
class TableQueriesTest {

    // FRA 56.04 g/kWh and DEU 380.9 g/kWh (OWID/Ember 2023, location-based lifecycle)
    private static final String CSV = """
            datetime,region,model,requests,energy_kwh
            2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5
            2025-03-25T00:30:00Z,DEU,gpt-4o,20,2.0
            2025-03-25T01:00:00+01:00,FRA,llama,5,0.5
            2025-03-26T12:00:00Z,FRA,llama,5,4.0
            """;

    @TempDir
    Path dir;

    private Session session;

    @BeforeEach
    void load() throws IOException {
        Files.writeString(dir.resolve("tel.csv"), CSV);
        session = new Session();
        session.baseDirectory(dir);
        Execution x = session.execute("load tel from \"tel.csv\"", "cell");
        assertTrue(x.ok(), () -> x.format("cell", ""));
    }

    private Report run(String code) {
        Execution x = session.execute(code, "cell");
        assertTrue(x.ok(), () -> x.format("cell", code));
        return x.reports().get(x.reports().size() - 1);
    }

    private Diagnostic error(String code) {
        Execution x = session.execute(code, "cell");
        return x.firstError().orElseThrow(() -> new AssertionError("no error for " + code));
    }

    private static double co2eKg(Report r, int row) {
        Table t = r.table();
        String col = t.columnNames().stream().filter(n -> n.startsWith("CO2e")).findFirst().orElseThrow();
        double v = t.doubleColumn(col).get(row);
        return col.contains("[g") ? v / 1000 : v;
    }

    @Test
    void byAColumnGivesOneRowPerValueEachItsOwnRegions() {
        Report r = run("emissions tel by model");
        assertEquals(List.of("gpt-4o", "llama"), r.table().stringColumn("model").asList());
        // gpt-4o: 1.5 kWh in FRA and 2.0 in DEU
        assertEquals((1.5 * 56.04 + 2.0 * 380.9) / 1000, co2eKg(r, 0), 1e-3);
        assertEquals(4.5 * 56.04 / 1000, co2eKg(r, 1), 1e-4);
        assertEquals(ChartSpec.Kind.BAR, r.charts().get(0).kind());
    }

    @Test
    void byDayIsCutInUtcAndChartedAsALine() {
        Report r = run("energy tel by day");
        assertEquals(List.of("2025-03-24", "2025-03-25", "2025-03-26"), r.table().stringColumn("day").asList());
        assertEquals(ChartSpec.Kind.LINE, r.charts().get(0).kind());
        assertTrue(r.notes().get(0).startsWith("4 of 4 rows of 'tel', in 3 groups"), r.notes().get(0));
    }

    @Test
    void twoKeysGiveTwoColumns() {
        Report r = run("emissions tel by region, day");
        assertEquals(List.of("DEU", "FRA", "FRA", "FRA"), r.table().stringColumn("region").asList());
        assertEquals(List.of("2025-03-25", "2025-03-24", "2025-03-25", "2025-03-26"), r.table().stringColumn("day").asList());
    }

    @Test
    void whereFiltersRowsBeforeTheyAreSummed() {
        Report r = run("emissions tel where region = FRA and date >= 2025-03-25");
        assertEquals("Emissions of tel where region = FRA and date >= 2025-03-25", r.title());
        double kg = r.metrics().stream().filter(m -> m.measure() == Measure.CO2E).findFirst().orElseThrow().value().base();
        assertEquals(4.5 * 56.04 / 1000, kg, 1e-5);
        Report byModel = run("energy tel by model where requests >= 10");
        assertEquals(List.of("gpt-4o"), byModel.table().stringColumn("model").asList());
    }

    @Test
    void aTableAnswersItsWorkloadsMeasures() {
        assertEquals("40 outputs", run("tel.outputs").metrics().get(0).value().format());
        assertTrue(run("tel.intensity").metrics().get(0).value().format().endsWith("g/kWh"));
    }

    @Test
    void anUnknownColumnIsNamedWithWhatThereIs() {
        Diagnostic d = error("emissions tel by modle");
        assertEquals("table 'tel' has no column 'modle'", d.message());
        assertEquals("did you mean 'model'?", d.hint());
    }

    @Test
    void aValueOfTheWrongKindPointsAtTheValue() {
        Diagnostic d = error("emissions tel where date >= March");
        assertEquals("'March' is not a date, which 'date' holds", d.message());
        assertEquals(29, d.column());
    }

    @Test
    void aNumberOfTheWrongKindIsToldHowToWriteIt() {
        Diagnostic d = error("emissions tel where requests >= lots");
        assertEquals("'lots' is not a number, which 'requests' holds", d.message());
        assertEquals("write a number, with a unit where the column has one: requests >= 100, energy >= 1.5 kWh", d.hint());
    }

    @Test
    void aValueWithAUnitIsConvertedToTheColumnsUnit() {
        // energy_kwh: 1.5, 2.0, 0.5 and 4.0; 1500 Wh is 1.5 kWh
        Report r = run("energy tel where energy >= 1500 Wh");
        assertEquals(7.5, r.metrics().stream().filter(m -> m.measure() == Measure.ENERGY).findFirst().orElseThrow().value().base(), 1e-12);
        Diagnostic none = error("energy tel where requests >= 1 kWh");
        assertTrue(none.message().startsWith("column 'requests' of table 'tel' names no unit"), none.message());
        assertEquals(32, none.column());
        Diagnostic kind = error("energy tel where energy >= 1 g");
        assertTrue(kind.message().startsWith("column 'energy_kwh' holds energy"), kind.message());
        assertTrue(error("energy tel where energy >= 1 kwhh").message().startsWith("unknown unit 'kwhh'"));
    }

    @Test
    void whereIsForTablesOnly() {
        Diagnostic d = error("workload w < queries 1M; energy 1 Wh >\nemissions w where region = FRA");
        assertTrue(d.message().startsWith("'where' filters the rows of a loaded table"), d.message());
    }

    @Test
    void noMatchingRowIsSaidSo() {
        assertEquals("no row of 'tel' meets region = USA", error("emissions tel where region = USA").message());
    }

    @Test
    void aLargeTableShowsItsFirstRowsAndSaysHowManyThereAre() throws IOException {
        StringBuilder b = new StringBuilder("datetime,region,energy_kwh\n");
        for (int i = 0; i < 1000; i++) b.append("2025-03-25T00:00:00Z,FRA,1\n");
        Files.writeString(dir.resolve("big.csv"), b);
        run("load big from \"big.csv\"");
        Report r = run("table big");
        assertEquals(20, r.table().rowCount());
        assertTrue(r.notes().get(0).contains("the first 20 of 1,000 rows"), r.notes().toString());
        run("table big to \"all.csv\"");
        List<String> lines = Files.readAllLines(dir.resolve("all.csv"));
        assertEquals(1001, lines.size(), "an export writes every row, not the first shown");
        assertEquals("2025-03-25 00:00:00+00,FRA,1", lines.get(1000));
    }

    @Test
    void chartingAColumnOfATimedTableDrawsItsDaysAsALine() {
        Report r = run("chart tel.energy");
        ChartSpec c = r.charts().get(0);
        assertEquals(ChartSpec.Kind.LINE, c.kind());
        assertEquals(List.of("2025-03-24", "2025-03-25", "2025-03-26"), c.categories());
        assertEquals(List.of(1.5, 2.5, 4.0), java.util.Arrays.stream(c.series().get(0).values()).boxed().toList());
        assertEquals("kWh", c.unit());
    }
}
