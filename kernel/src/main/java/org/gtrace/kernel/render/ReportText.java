package org.gtrace.kernel.render;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.DisplayUnits;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Plain text of a {@link Report}: a heading, the headline metrics aligned, the table as aligned
 * columns (numbers right-aligned, with thousands separators), charts named, the explanation and
 * the notes. Used by the CLI and by the kernel's {@code text/plain} output.
 */
public final class ReportText {

    private ReportText() {}

    public static String render(Report r) {
        StringBuilder b = new StringBuilder();
        if (!r.title().isEmpty()) b.append(r.title()).append('\n');
        metrics(r.metrics(), b);
        if (r.table() != null) {
            if (!r.metrics().isEmpty()) b.append('\n');
            b.append(table(r.table()));
        }
        if (r.markdown() != null && !r.markdown().isBlank()) b.append(r.markdown().strip()).append('\n');
        for (ChartSpec c : r.charts()) b.append("[chart: ").append(c.title()).append("]\n");
        for (String n : r.notes()) b.append("  note: ").append(n).append('\n');
        return b.toString();
    }

    private static void metrics(List<Metric> metrics, StringBuilder b) {
        int width = 0;
        for (Metric m : metrics) width = Math.max(width, m.name().length());
        for (Metric m : metrics) {
            b.append("  ").append(pad(m.name(), width)).append("  ").append(m.format(m.value()));
            if (!m.formatError().isEmpty()) b.append(" ± ").append(m.formatError());
            if (m.isUncertain()) {
                b.append("  (p5 ").append(m.format(m.p5())).append(", p50 ").append(m.format(m.p50()))
                        .append(", p95 ").append(m.format(m.p95())).append(')');
            }
            b.append('\n');
        }
    }

    /** Aligned columns with a header and a rule; numbers right-aligned. */
    public static String table(Table t) {
        int cols = t.columnCount();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[cols];
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            header[c] = t.column(c).name();
            numeric[c] = t.column(c) instanceof NumericColumn<?>;
        }
        rows.add(header);
        for (int r = 0; r < t.rowCount(); r++) {
            String[] row = new String[cols];
            for (int c = 0; c < cols; c++) row[c] = cell(t.column(c), r);
            rows.add(row);
        }
        int[] width = new int[cols];
        for (String[] row : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], row[c].length());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            line(rows.get(i), width, numeric, b);
            if (i == 0) {
                b.append("  ");
                for (int c = 0; c < cols; c++) b.append(c > 0 ? "  " : "").append("-".repeat(width[c]));
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static void line(String[] row, int[] width, boolean[] numeric, StringBuilder b) {
        b.append("  ");
        for (int c = 0; c < row.length; c++) {
            if (c > 0) b.append("  ");
            b.append(numeric[c] ? padLeft(row[c], width[c]) : (c == row.length - 1 ? row[c] : pad(row[c], width[c])));
        }
        b.append('\n');
    }

    private static String cell(Column<?> col, int r) {
        if (col.isMissing(r)) return "";
        if (col instanceof tech.tablesaw.api.IntColumn i) return String.valueOf(i.getInt(r)); // years, counts: as written
        if (col instanceof NumericColumn<?> n) return DisplayUnits.number(n.getDouble(r));
        return col.getString(r);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }
}
