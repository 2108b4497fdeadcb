package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.stdlib.report.Band;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ReportHtmlTest {

    private static Report ghibli() {
        Metric energy = Metric.point(Measure.ENERGY, Quantity.kWh(4_200_000), null);
        Metric co2 = new Metric(Measure.CO2E, "CO2e", Quantity.kgCO2e(2_020_200), new Band(Quantity.kgCO2e(1_800_000),
                Quantity.kgCO2e(2_000_000), Quantity.kgCO2e(2_300_000), Quantity.kgCO2e(1_000), 20_000, 42), null, null);
        Table t = Table.create("by region",
                StringColumn.create("region", "<script>alert(1)</script>", "FR"),
                DoubleColumn.create("CO2e [tCO2e]", 1234567.891, 0.012345));
        return new Report(2, "ghibli", "Emissions of <ghibli>", List.of(energy, co2), t, List.of(), null, List.of("world & average"));
    }

    @Test
    void unitsInHeadersThousandsSeparatorsAndRange() {
        String html = ReportHtml.render(ghibli());
        assertTrue(html.contains("<th class=\"num\">energy (MWh)</th>"), html);
        assertTrue(html.contains(">4,200<"), html);
        assertTrue(html.contains("CO2e (tCO2e)"), html);
        assertTrue(html.contains("p5–p95: 1,800–2,300"), html);
        assertTrue(html.contains("<th class=\"num\">CO2e [tCO2e]</th>"), html);
        assertTrue(html.contains(">1,235,000<"), html);
        assertTrue(html.contains(">0.01235<"), html);
    }

    @Test
    void everythingFromTheReportIsEscaped() {
        String html = ReportHtml.render(ghibli());
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("Emissions of &lt;ghibli&gt;"));
        assertTrue(html.contains("world &amp; average"));
    }
}
