package org.gtrace.kernel.render;

import java.util.List;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.DisplayUnits;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Report as {@code text/html}: a title, the headline metrics (one column each, unit in the
 * header, p5–p95 under the value), the breakdown table and the notes. Every string from the
 * report is escaped; the only markup is ours, and no scripts.
 *
 * <p>It is written to survive sanitizing. Exports with "Sanitize HTML" (nbconvert's clean_html)
 * keep only div, span, table, tr, td, b, ul, li and a few more, escape every other tag into
 * visible text, and drop style attributes quietly. So: no {@code <style>} element, no headings
 * (which also kept results out of the table of contents), header cells as bold {@code td}s in a
 * first row, and layout in inline styles, which outrank JupyterLab's right-aligned table cells
 * and vanish harmlessly where stripped. Colours inherit from the page, and rules are translucent
 * grey, so the tables read in light and dark themes.
 */
public final class ReportHtml {

    static final int MAX_ROWS = 200;
    private static final String TABLE = "border-collapse:collapse;margin:.3em 0;font-variant-numeric:tabular-nums";
    private static final String CELL = "padding:.25em .7em;border-bottom:1px solid rgba(128,128,128,.35);";
    private static final String HEAD = "padding:.25em .7em;border-bottom:1px solid rgba(128,128,128,.7);white-space:nowrap;";
    private static final String LEFT = "text-align:left";
    private static final String RIGHT = "text-align:right";
    // long source URLs wrap instead of running off the right edge
    private static final String NOTES = "font-size:.9em;opacity:.85;margin:.2em 0;overflow-wrap:anywhere";

    private ReportHtml() {}

    public static String render(Report r) {
        StringBuilder b = new StringBuilder(1024).append("<div class=\"gtrace-report\">");
        if (!r.title().isEmpty()) {
            b.append("<div class=\"gtrace-title\" style=\"margin:.4em 0 .2em;font-size:1.05em\"><b>")
                    .append(Html.escape(r.title())).append("</b></div>");
        }
        if (!r.metrics().isEmpty()) metrics(r.metrics(), b);
        if (r.table() != null) table(r.table(), b);
        if (!r.notes().isEmpty()) {
            b.append("<ul class=\"notes\" style=\"").append(NOTES).append("\">");
            for (String n : r.notes()) b.append("<li>").append(Html.escape(n)).append("</li>");
            b.append("</ul>");
        }
        return b.append("</div>").toString();
    }

    static void metrics(List<Metric> metrics, StringBuilder b) {
        List<MetricText> texts = metrics.stream().map(MetricText::of).toList();
        b.append("<table class=\"metrics\" style=\"").append(TABLE).append("\"><tr class=\"head\">");
        for (MetricText t : texts) head(t.header(), true, b);
        b.append("</tr><tr>");
        for (MetricText t : texts) {
            b.append("<td class=\"num\" style=\"").append(CELL).append(RIGHT).append("\">").append(Html.escape(t.value()));
            if (t.uncertain()) {
                b.append("<div class=\"range\" style=\"font-size:.85em;opacity:.75\">p5–p95: ").append(Html.escape(t.range()))
                        .append("</div>");
            }
            b.append("</td>");
        }
        b.append("</tr></table>");
    }

    static void table(Table t, StringBuilder b) {
        List<Column<?>> cols = t.columns();
        b.append("<table class=\"breakdown\" style=\"").append(TABLE).append("\"><tr class=\"head\">");
        for (Column<?> c : cols) head(c.name(), c instanceof NumericColumn, b);
        b.append("</tr>");
        int rows = Math.min(t.rowCount(), MAX_ROWS);
        for (int r = 0; r < rows; r++) {
            b.append("<tr>");
            for (Column<?> c : cols) cell(c, r, b);
            b.append("</tr>");
        }
        b.append("</table>");
        if (t.rowCount() > rows) {
            b.append("<div class=\"notes\" style=\"").append(NOTES).append("\">… ")
                    .append(DisplayUnits.number(t.rowCount() - rows)).append(" more rows</div>");
        }
    }

    /** A header cell: bold, so that it still reads as one where the styles are stripped. */
    private static void head(String name, boolean numeric, StringBuilder b) {
        b.append("<td class=\"").append(numeric ? "num" : "text").append("\" role=\"columnheader\" style=\"").append(HEAD)
                .append(numeric ? RIGHT : LEFT).append("\"><b>").append(Html.escape(name)).append("</b></td>");
    }

    private static void cell(Column<?> c, int row, StringBuilder b) {
        boolean numeric = c instanceof NumericColumn;
        b.append("<td").append(numeric ? " class=\"num\"" : "").append(" style=\"").append(CELL).append(numeric ? RIGHT : LEFT)
                .append("\">");
        if (!c.isMissing(row)) {
            b.append(Html.escape(numeric ? DisplayUnits.number(((NumericColumn<?>) c).getDouble(row)) : c.getString(row)));
        }
        b.append("</td>");
    }
}
