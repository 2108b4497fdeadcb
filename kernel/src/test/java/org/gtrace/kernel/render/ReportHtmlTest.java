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
        assertTrue(html.contains("<b>energy (MWh)</b></td>"), html);
        assertTrue(html.contains(">4,200<"), html);
        assertTrue(html.contains("CO2e (tCO2e)"), html);
        assertTrue(html.contains("p5–p95: 1,800–2,300"), html);
        assertTrue(html.contains("<b>CO2e [tCO2e]</b></td>"), html);
        assertTrue(html.contains(">1,235,000<"), html);
        assertTrue(html.contains(">0.01235<"), html);
    }

    /** What nbconvert's "Sanitize HTML" (clean_html, nbconvert 7.17) keeps; any other tag it escapes into visible text. */
    private static final java.util.Set<String> KEPT = java.util.Set.of("a", "abbr", "acronym", "b", "blockquote", "code", "em", "i",
            "li", "ol", "strong", "ul", "div", "pre", "span", "table", "tr", "td");

    @Test
    void onlyTagsASanitizedExportKeepsAndHeadersThatStillReadAsHeaders() {
        // a sanitized export showed the <style> as text, lost <h4>, <thead> and <th>, and ran every table into one line
        String html = ReportHtml.render(ghibli());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("</?([a-zA-Z0-9]+)").matcher(html);
        while (m.find()) assertTrue(KEPT.contains(m.group(1)), "<" + m.group(1) + "> would be escaped: " + html);
        // headers are a first row of bold cells, numeric ones right-aligned inline (JupyterLab right-aligns every cell)
        assertTrue(html.contains("<tr class=\"head\"><td class=\"text\" role=\"columnheader\""), html);
        assertTrue(html.contains("text-align:left\"><b>region</b></td>"), html);
        assertTrue(html.contains("white-space:nowrap"), "short headers do not wrap: " + html);
        assertTrue(html.contains("<ul class=\"notes\" style=\"font-size:.9em;opacity:.85;margin:.2em 0;overflow-wrap:anywhere\">"),
                "long source URLs in the notes wrap instead of running off the right edge: " + html);
        // the title is bold text, not a heading, so the table of contents lists only the notebook's own
        assertTrue(html.contains("<b>Emissions of &lt;ghibli&gt;</b></div>"), html);
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
