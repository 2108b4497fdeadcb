package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.grammar.runtime.Progressing;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.Propagated;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds Reports from values and estimates: headline metrics, tables with units in headers, charts. */
public final class Reports {

    private Reports() {}

    /** The name an unnamed statement's uncertain inputs take: where they were written. */
    static String where(org.gtrace.grammar.ast.Span span) {
        return "line " + span.line() + ":" + span.column();
    }

    static Report ofValue(int line, String label, Object v, Estimator est, RunContext ctx) {
        if (v instanceof Declared d) return ofEstimate(line, est.estimate(d, ctx), "Emissions of " + d.name());
        if (v instanceof Table t) return Report.ofTable(line, t);
        if (v instanceof org.gtrace.stdlib.telemetry.Dataset d) return preview(line, d);
        if (v instanceof TableColumn c) {
            Table t = Table.create(label.isEmpty() ? c.name() : label, DoubleColumn.create(c.name(), c.values()));
            return Report.ofTable(line, t);
        }
        if (v instanceof Quantity q) {
            return new Report(line, label, label, List.of(Metric.point(Measure.of(q.dimension()), nameOf(q.dimension(), label), q, null)),
                    null, List.of(), null, List.of());
        }
        if (v instanceof UncertainQuantity u) return ofUncertain(line, label, u, ctx);
        return Report.text(line, label, String.valueOf(v));
    }

    /** The rows a table starts with (all, up to 20) and how many there are: its sums are queries. */
    static final int PREVIEW_ROWS = 20;

    private static Report preview(int line, org.gtrace.stdlib.telemetry.Dataset d) {
        Report r = Report.ofTable(line, exactCounts(d.head(PREVIEW_ROWS)));
        if (d.rowCount() <= PREVIEW_ROWS) return r;
        return r.withNotes(List.of("the first " + PREVIEW_ROWS + " of " + String.format(java.util.Locale.ROOT, "%,d", d.rowCount())
                + " rows; sum them with emissions " + d.name() + " by …"));
    }

    /** A file's whole numbers as the file has them (30,168), not to four significant digits as computed figures are shown. */
    private static Table exactCounts(Table t) {
        Table out = Table.create(t.name());
        for (tech.tablesaw.columns.Column<?> c : t.columns()) {
            if (!(c instanceof tech.tablesaw.api.LongColumn l)) {
                out.addColumns(c);
                continue;
            }
            StringColumn s = StringColumn.create(c.name());
            for (int i = 0; i < l.size(); i++) s.append(String.format(java.util.Locale.ROOT, "%,d", l.getLong(i)));
            out.addColumns(s);
        }
        return out;
    }

    /**
     * An uncertain value: one input as written has its mean and percentiles in closed form;
     * anything computed from inputs has its Monte Carlo mean, band and standard error.
     */
    private static Report ofUncertain(int line, String label, UncertainQuantity u, RunContext ctx) {
        Formula f = u.formula();
        if (f instanceof Formula.Input in) return closedForm(line, label, u, in.distribution());
        Propagated p = Propagation.of(List.of(f)).run(ctx.settings().monteCarlo(), Progressing.listener(ctx, "Monte Carlo"));
        Statistics s = Statistics.of(p);
        Metric m = s.metric(Measure.of(u.dimension()), nameOf(u.dimension(), label), u, null);
        List<String> notes = new java.util.ArrayList<>(s.notes(List.of(m)));
        notes.add(0, "uncertain: " + u.describe());
        return new Report(line, label, label, List.of(m), null, List.of(), null, notes);
    }

    private static Report closedForm(int line, String label, UncertainQuantity u, org.gtrace.stdlib.uncertainty.Distribution d) {
        Dimension dim = u.dimension();
        org.gtrace.stdlib.report.Band band = new org.gtrace.stdlib.report.Band(new Quantity(d.quantile(0.05), dim),
                new Quantity(d.quantile(0.5), dim), new Quantity(d.quantile(0.95), dim), new Quantity(0, dim), 0, 0);
        Metric m = new Metric(Measure.of(dim), nameOf(dim, label), new Quantity(d.mean(), dim), band, null, null);
        return new Report(line, label, label, List.of(m), null, List.of(), null,
                List.of("uncertain: " + u.describe() + "; mean and p5–p95 in closed form (no sampling)"));
    }

    private static String nameOf(Dimension d, String label) {
        Measure m = Measure.of(d);
        return m != Measure.VALUE ? m.label() : label.isEmpty() ? "value" : label;
    }

    static Report ofEstimate(int line, Estimate e, String title) {
        if (e.report() != null) return e.report().withTitle(title).withLine(line);
        List<Metric> ordered = new ArrayList<>();
        for (Measure k : Measure.FOOTPRINT) e.metric(k).ifPresent(ordered::add);
        return new Report(line, e.subject(), title, ordered, null, List.of(), null, e.notes());
    }

    /**
     * One row per labelled estimate, a column per measure in the unit asked for, else one that
     * reads well for the whole column; the values are the metrics' (means under uncertainty).
     */
    static Table compareTable(String title, String firstColumn, Map<String, Estimate> rows) {
        Table t = Table.create(title);
        t.addColumns(StringColumn.create(firstColumn, rows.keySet()));
        for (Measure key : Measure.FOOTPRINT) {
            List<Optional<Metric>> ms = rows.values().stream().map(e -> e.metric(key)).toList();
            if (ms.stream().allMatch(Optional::isEmpty)) continue;
            Dimension d = ms.stream().flatMap(Optional::stream).findFirst().get().value().dimension();
            double max = ms.stream().flatMap(Optional::stream).mapToDouble(m -> Math.abs(m.value().base())).max().orElse(0);
            Unit u = ms.stream().flatMap(Optional::stream).map(Metric::displayUnit).filter(Objects::nonNull)
                    .findFirst().orElse(DisplayUnits.choose(d, max));
            DoubleColumn c = DoubleColumn.create(key.label() + " [" + u.symbol() + "]");
            for (Optional<Metric> m : ms) {
                if (m.isPresent()) c.append(m.get().value().in(u));
                else c.appendMissing();
            }
            t.addColumns(c);
        }
        basis(t, rows);
        return t;
    }

    /** Each row's grid basis, read from its regions table, so two rows on different bases are never read as alike. */
    private static void basis(Table t, Map<String, Estimate> rows) {
        List<String> bases = new ArrayList<>();
        for (Estimate e : rows.values()) {
            Table regions = e.regions() == null ? null : e.byRegion();
            bases.add(regions == null || !regions.columnNames().contains("basis") ? ""
                    : String.join("; ", new java.util.LinkedHashSet<>(regions.stringColumn("basis").asList())));
        }
        if (bases.stream().anyMatch(b -> !b.isEmpty())) t.addColumns(StringColumn.create("basis", bases));
    }

    /** A bar chart of one numeric column of {@code t} against its first (label) column. */
    static ChartSpec bars(Table t, String columnPrefix, String title, String xLabel) {
        DoubleColumn c = null;
        for (var col : t.columns()) {
            if (col instanceof DoubleColumn dc && col.name().startsWith(columnPrefix)) c = dc;
        }
        if (c == null) return null;
        List<String> cats = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) cats.add(t.stringColumn(0).get(i));
        String unit = c.name().substring(c.name().indexOf('[') + 1, c.name().length() - 1);
        return new ChartSpec(ChartSpec.Kind.BAR, title, xLabel, columnPrefix + " (" + unit + ")", unit, cats,
                List.of(ChartSpec.Series.of(columnPrefix, c.asDoubleArray())), "G-TRACE estimate");
    }
}
