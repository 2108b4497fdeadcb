package org.gtrace.kernel.render;

import java.util.List;
import org.gtrace.stdlib.report.Report;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * A short {@code text/plain} form of a Report, used in the kernel's bundles until the shared
 * renderer of the command line ({@code ReportText}) is on main.
 */
final class PlainReport {

    private PlainReport() {}

    static String render(Report r) {
        StringBuilder b = new StringBuilder();
        if (!r.title().isEmpty()) b.append(r.title()).append('\n');
        for (MetricText m : r.metrics().stream().map(MetricText::of).toList()) {
            b.append("  ").append(m.name()).append(": ").append(m.value()).append(' ').append(m.unit());
            if (m.uncertain()) b.append("  (p5–p95 ").append(m.range()).append(')');
            b.append('\n');
        }
        if (r.table() != null) {
            List<Column<?>> cols = r.table().columns();
            b.append("  ").append(String.join(" | ", cols.stream().map(Column::name).toList())).append('\n');
            for (int row = 0; row < Math.min(r.table().rowCount(), ReportHtml.MAX_ROWS); row++) {
                StringBuilder line = new StringBuilder("  ");
                for (Column<?> c : cols) {
                    if (line.length() > 2) line.append(" | ");
                    line.append(c.isMissing(row) ? "" : c instanceof NumericColumn<?> n
                            ? org.gtrace.stdlib.units.DisplayUnits.number(n.getDouble(row)) : c.getString(row));
                }
                b.append(line).append('\n');
            }
        }
        if (r.markdown() != null && r.metrics().isEmpty() && r.table() == null) b.append(r.markdown()).append('\n');
        for (String n : r.notes()) b.append("  note: ").append(n).append('\n');
        return b.toString().stripTrailing();
    }
}
