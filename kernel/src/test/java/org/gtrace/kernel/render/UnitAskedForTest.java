package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** {@code in UNIT} after a query, as the text and HTML renderers show it, from programs run by the language. */
class UnitAskedForTest {

    /** The world average, kg/kWh: Ember's countries weighted by their generation (RegionTableTest checks it by hand). */
    private static final double WORLD = org.gtrace.stdlib.data.CountryGrids.world().intensityGPerKwh() / 1000;

    private static final String GHIBLI = "workload image ghibli < queries 700M; energy 0.006 kWh >\n";
    private static final String TWO = GHIBLI + "workload image small < queries 70M; energy 0.006 kWh >\n";

    private static List<Report> run(String program) {
        Execution x = new Session().execute(program, "test");
        assertTrue(x.ok(), () -> x.format("test", program));
        return x.reports();
    }

    private static Report last(String program) {
        List<Report> rs = run(program);
        return rs.get(rs.size() - 1);
    }

    @Test
    void emissionsInKilotonnes() {
        String text = ReportText.render(last(GHIBLI + "emissions ghibli in ktCO2e"));
        // 4,200 MWh × 480.6 g/kWh = 2,018.6 t = 2.0186 kt, four significant digits
        assertTrue(text.contains("  CO2e    2.019 ktCO2e\n"), text);
        assertTrue(text.contains("  energy  4,200 MWh\n"), "energy keeps its chosen unit: " + text);
        assertTrue(text.contains("CO2e [ktCO2e]"), "and the region table too: " + text);
        assertFalse(text.contains("[tCO2e]"), text);
        String html = ReportHtml.render(last(GHIBLI + "emissions ghibli in ktCO2e"));
        assertTrue(html.contains("<b>CO2e (ktCO2e)</b></td>"), html);
        assertTrue(html.contains(">2.019<"), html);
    }

    @Test
    void energyInGigawattHours() {
        Report r = last(GHIBLI + "energy ghibli in GWh");
        assertTrue(ReportText.render(r).contains("  energy  4.2 GWh\n"), ReportText.render(r));
        String html = ReportHtml.render(r);
        assertTrue(html.contains("<b>energy (GWh)</b></td>"), html);
        assertTrue(html.contains(">4.2<"), html);
        assertTrue(html.contains("<b>energy [GWh]</b></td>"), html);
        assertTrue(html.contains("<b>CO2e (tCO2e)</b></td>"), html);
    }

    @Test
    void waterInLitres() {
        // off-site 3.91 L/kWh × 4,200,000 kWh = 16,422,000 L
        assertTrue(ReportText.render(last(GHIBLI + "water ghibli in L")).contains("  water   16,420,000 L\n"));
    }

    private static double[] band(String text, String unit) {
        Matcher m = Pattern.compile("energy +([0-9.,]+) " + unit + "(?: ± [0-9.,]+ " + unit + ")? +\\(p5 ([0-9.,]+) " + unit
                + ", p50 ([0-9.,]+) "
                + unit + ", p95 ([0-9.,]+) " + unit + "\\)").matcher(text);
        assertTrue(m.find(), text);
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) v[i] = Double.parseDouble(m.group(i + 1).replace(",", ""));
        return v;
    }

    @Test
    void anUncertainMetricShowsItsPercentilesInTheUnitAskedFor() {
        String program = "workload image g < images 700M; energy 0.006 kWh ± 20% >\nenergy g in GWh\n";
        String text = ReportText.render(last(program));
        double[] v = band(text, "GWh");
        // 700M × N(6 Wh, sd 0.6 Wh): mean 4.2 GWh, p5 = 4.2 × (1 − 1.645 × 0.1) = 3.509 GWh, p95 = 4.891 GWh;
        // within 2% (Monte Carlo, 10,000 samples)
        assertEquals(4.2, v[0], 0.02 * 4.2);
        assertEquals(3.509, v[1], 0.02 * 3.509);
        assertEquals(4.2, v[2], 0.02 * 4.2);
        assertEquals(4.891, v[3], 0.02 * 4.891);
        String html = ReportHtml.render(last(program));
        Matcher m = Pattern.compile("p5–p95: ([0-9.]+)–([0-9.]+)( · mean ± [0-9.]+)?<").matcher(html);
        assertTrue(m.find(), html);
        assertEquals(3.509, Double.parseDouble(m.group(1)), 0.02 * 3.509, "p5 in GWh, not MWh");
        assertEquals(4.891, Double.parseDouble(m.group(2)), 0.02 * 4.891);
    }

    @Test
    void aComparisonTableIsConvertedAndRenamed() {
        Report plain = last(TWO + "emissions ghibli, small");
        Report kg = last(TWO + "emissions ghibli, small in kgCO2e");
        assertEquals(List.of("scenario", "energy [MWh]", "CO2e [tCO2e]", "water [ML]", "basis"), plain.table().columnNames());
        assertEquals(List.of("scenario", "energy [MWh]", "CO2e [kgCO2e]", "water [ML]", "basis"), kg.table().columnNames());
        for (int i = 0; i < 2; i++) {
            assertEquals(1000 * plain.table().doubleColumn("CO2e [tCO2e]").get(i), kg.table().doubleColumn("CO2e [kgCO2e]").get(i), 1e-6);
        }
        String text = ReportText.render(kg);
        assertTrue(text.contains("CO2e [kgCO2e]"), text);
        assertTrue(text.contains("2,019,000"), "2,018,593 kg to four digits: " + text);
        assertTrue(text.contains("201,900"), "201,859 kg: " + text);
        ChartSpec chart = kg.charts().get(0);
        assertEquals("kgCO2e", chart.unit());
        assertArrayEquals(new double[] {4.2e6 * WORLD, 4.2e5 * WORLD}, chart.series().get(0).values(), 1e-3);
    }

    @Test
    void acrossAndByRegionTables() {
        Report across = last(GHIBLI + "energy ghibli across USA, FRA in GWh");
        assertEquals(List.of("region", "energy [GWh]", "CO2e [tCO2e]", "water [ML]", "basis"), across.table().columnNames());
        assertEquals(4.2, across.table().doubleColumn("energy [GWh]").get(0), 1e-9);
        assertEquals(4.2, across.table().doubleColumn("energy [GWh]").get(1), 1e-9);
        Report byRegion = last(GHIBLI + "emissions ghibli by region in kgCO2e");
        assertTrue(byRegion.table().columnNames().contains("CO2e [kgCO2e]"), byRegion.table().columnNames().toString());
        assertEquals(4.2e6 * WORLD, byRegion.table().doubleColumn("CO2e [kgCO2e]").get(0), 1);
        assertTrue(ReportText.render(byRegion).contains("  CO2e    2,019,000 kgCO2e\n"), ReportText.render(byRegion));
    }

    @Test
    void tableAndChartWrappersKeepTheUnit() {
        Report table = last(GHIBLI + "table emissions ghibli in kgCO2e");
        assertTrue(table.table().columnNames().contains("CO2e [kgCO2e]"), table.table().columnNames().toString());
        assertEquals(4.2e6 * WORLD, table.table().doubleColumn("CO2e [kgCO2e]").get(0), 1);
        Report chart = last(TWO + "chart emissions ghibli, small in kgCO2e as bar");
        assertEquals("CO2e (kgCO2e)", chart.charts().get(0).yLabel());
        assertEquals(4.2e6 * WORLD, chart.charts().get(0).series().get(0).values()[0], 1);
        Report chartAcross = last(GHIBLI + "chart emissions ghibli across USA, FRA in kgCO2e");
        assertEquals("kgCO2e", chartAcross.charts().get(0).unit());
    }
}
