package org.gtrace.kernel.render;

import java.util.List;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.DisplayUnits;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Report as {@code text/html}: a heading, the headline metrics (one column each, unit in the
 * header, p5–p95 under the value), the breakdown table and the notes. Every string from the
 * report is escaped; the only markup is ours, with a scoped style and no scripts. Colours
 * inherit from the page so the table reads in light and dark themes.
 */
public final class ReportHtml {

    static final int MAX_ROWS = 200;
    private static final String STYLE = "<style>"
            + ".gtrace-report table{border-collapse:collapse;margin:.3em 0;font-variant-numeric:tabular-nums}"
            + ".gtrace-report th,.gtrace-report td{padding:.25em .7em;border-bottom:1px solid rgba(128,128,128,.35)}"
            + ".gtrace-report th{text-align:left;font-weight:600}"
            + ".gtrace-report td.num,.gtrace-report th.num{text-align:right}"
            + ".gtrace-report .range{font-size:.85em;opacity:.75}"
            + ".gtrace-report .notes{font-size:.9em;opacity:.85;margin:.2em 0}"
            + "</style>";

    private ReportHtml() {}

    public static String render(Report r) {
        StringBuilder b = new StringBuilder(1024).append("<div class=\"gtrace-report\">").append(STYLE);
        if (!r.title().isEmpty()) b.append("<h4>").append(Html.escape(r.title())).append("</h4>");
        if (!r.metrics().isEmpty()) metrics(r.metrics(), b);
        if (r.table() != null) table(r.table(), b);
        if (!r.notes().isEmpty()) {
            b.append("<ul class=\"notes\">");
            for (String n : r.notes()) b.append("<li>").append(Html.escape(n)).append("</li>");
            b.append("</ul>");
        }
        return b.append("</div>").toString();
    }

    static void metrics(List<Metric> metrics, StringBuilder b) {
        List<MetricText> texts = metrics.stream().map(MetricText::of).toList();
        b.append("<table class=\"metrics\"><thead><tr>");
        for (MetricText t : texts) b.append("<th class=\"num\">").append(Html.escape(t.header())).append("</th>");
        b.append("</tr></thead><tbody><tr>");
        for (MetricText t : texts) {
            b.append("<td class=\"num\">").append(Html.escape(t.value()));
            if (t.uncertain()) b.append("<div class=\"range\">p5–p95: ").append(Html.escape(t.range())).append("</div>");
            b.append("</td>");
        }
        b.append("</tr></tbody></table>");
    }

    static void table(Table t, StringBuilder b) {
        List<Column<?>> cols = t.columns();
        b.append("<table class=\"breakdown\"><thead><tr>");
        for (Column<?> c : cols) {
            b.append(c instanceof NumericColumn ? "<th class=\"num\">" : "<th>").append(Html.escape(c.name())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int rows = Math.min(t.rowCount(), MAX_ROWS);
        for (int r = 0; r < rows; r++) {
            b.append("<tr>");
            for (Column<?> c : cols) cell(c, r, b);
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        if (t.rowCount() > rows) {
            b.append("<p class=\"notes\">… ").append(DisplayUnits.number(t.rowCount() - rows)).append(" more rows</p>");
        }
    }

    private static void cell(Column<?> c, int row, StringBuilder b) {
        if (c.isMissing(row)) {
            b.append("<td></td>");
        } else if (c instanceof NumericColumn<?> n) {
            b.append("<td class=\"num\">").append(Html.escape(DisplayUnits.number(n.getDouble(row)))).append("</td>");
        } else {
            b.append("<td>").append(Html.escape(c.getString(row))).append("</td>");
        }
    }
}
