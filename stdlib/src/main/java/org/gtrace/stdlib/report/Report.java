package org.gtrace.stdlib.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.Table;

/**
 * What one statement shows: headline metrics, an optional breakdown table, charts, an
 * explanation, and notes (which basis and year a grid figure used, that the world average
 * stood in for a missing region, ...). Front ends render it; the core and the language only
 * build it.
 *
 * @param line     the source line of the statement that produced it (0 when none)
 * @param subject  the name it is about ("ghibli"), or ""
 * @param title    a heading ("Emissions of ghibli")
 * @param metrics  headline numbers, possibly empty
 * @param table    a breakdown (by region, modality, phase, scenario), or null; numeric
 *                 column names carry their unit in brackets: "CO2e [tCO2e]"
 * @param charts   charts, possibly empty
 * @param markdown an explanation in Markdown (for {@code explain}), or null
 * @param notes    short sentences shown under the result
 */
public record Report(int line, String subject, String title, List<Metric> metrics, Table table,
                     List<ChartSpec> charts, String markdown, List<String> notes) {

    public Report {
        subject = Objects.requireNonNullElse(subject, "");
        title = Objects.requireNonNullElse(title, "");
        metrics = List.copyOf(metrics);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    public static Report text(int line, String title, String markdownOrText) {
        return new Report(line, "", title, List.of(), null, List.of(), markdownOrText, List.of());
    }

    /** A table on its own, named after it. */
    public static Report ofTable(int line, Table table) {
        return new Report(line, table.name(), table.name(), List.of(), table, List.of(), null, List.of());
    }

    public Report withLine(int line) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    public Report withTitle(String title) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    public Report withMetrics(List<Metric> metrics) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    public Report withTable(Table table) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    public Report withCharts(List<ChartSpec> charts) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    public Report withMarkdown(String markdown) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    public Report withNotes(List<String> notes) {
        return new Report(line, subject, title, metrics, table, charts, markdown, notes);
    }

    /** The same report with {@code note} after its notes. */
    public Report withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return withNotes(more);
    }

    /**
     * The same report with every quantity of {@code unit}'s dimension shown in it: the matching
     * metrics (central value and percentiles), table columns and chart values. What other
     * dimensions show is unchanged; metrics keep their base-unit values.
     */
    public Report shownIn(Unit unit) {
        List<Metric> ms = metrics.stream()
                .map(m -> m.value().dimension().equals(unit.dimension()) ? m.shownIn(unit) : m).toList();
        Table t = table == null ? null : QuantityColumns.shownIn(table, unit);
        List<ChartSpec> cs = charts.stream().map(c -> c.shownIn(unit)).toList();
        return withMetrics(ms).withTable(t).withCharts(cs);
    }
}
