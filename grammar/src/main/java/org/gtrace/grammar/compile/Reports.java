package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.grammar.runtime.Uncertain;
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

    /** The CLI contract's metrics, in display order. */
    static final List<String> KEYS = List.of("energy_kwh", "co2e_kg", "water_l");

    private Reports() {}

    static Report ofValue(int line, String label, Object v, Estimator est, RunContext ctx) {
        if (v instanceof Declared d) return ofEstimate(line, est.estimate(d, ctx), "Emissions of " + d.name());
        if (v instanceof Table t) return Report.ofTable(line, t);
        if (v instanceof TableColumn c) {
            Table t = Table.create(label.isEmpty() ? c.name() : label, DoubleColumn.create(c.name(), c.values()));
            return Report.ofTable(line, t);
        }
        if (v instanceof Quantity q) {
            return new Report(line, label, label, List.of(Metric.point(nameOf(q.dimension(), label), keyOf(q.dimension()), q, null)),
                    null, List.of(), null, List.of());
        }
        if (v instanceof Uncertain u) {
            Quantity c = u.central();
            Metric m = est.describe(u, nameOf(c.dimension(), label), keyOf(c.dimension()))
                    .orElse(Metric.point(nameOf(c.dimension(), label), keyOf(c.dimension()), c, null));
            return new Report(line, label, label, List.of(m), null, List.of(), null,
                    List.of(m.isUncertain() ? "uncertain (" + u.kind() + "): mean with p5–p95 in closed form"
                            : "uncertain (" + u.kind() + "); the central value is shown"));
        }
        return Report.text(line, label, String.valueOf(v));
    }

    /** The JSON key of a quantity: energy_kwh, co2e_kg, water_l, or "value". */
    static String keyOf(Dimension d) {
        if (d.equals(Dimension.ENERGY)) return "energy_kwh";
        if (d.equals(Dimension.CO2E)) return "co2e_kg";
        if (d.equals(Dimension.WATER)) return "water_l";
        return "value";
    }

    private static String nameOf(Dimension d, String label) {
        if (d.equals(Dimension.ENERGY)) return "energy";
        if (d.equals(Dimension.CO2E)) return "CO2e";
        if (d.equals(Dimension.WATER)) return "water";
        return label.isEmpty() ? "value" : label;
    }

    static Report ofEstimate(int line, Estimate e, String title) {
        if (e.report() != null) {
            return e.report().withLine(line).withTitle(title);
        }
        List<Metric> ordered = new ArrayList<>();
        for (String k : KEYS) e.metric(k).ifPresent(ordered::add);
        return new Report(line, e.subject(), title, ordered, null, List.of(), null, e.notes());
    }

    /** One row per labelled estimate, a column per metric in the unit asked for, else one that reads well for the whole column. */
    static Table compareTable(String title, String firstColumn, Map<String, Estimate> rows) {
        Table t = Table.create(title);
        t.addColumns(StringColumn.create(firstColumn, rows.keySet()));
        for (String key : KEYS) {
            List<Optional<Metric>> ms = rows.values().stream().map(e -> e.metric(key)).toList();
            if (ms.stream().allMatch(Optional::isEmpty)) continue;
            Dimension d = ms.stream().flatMap(Optional::stream).findFirst().get().value().dimension();
            double max = ms.stream().flatMap(Optional::stream).mapToDouble(m -> Math.abs(m.value().base())).max().orElse(0);
            Unit u = ms.stream().flatMap(Optional::stream).map(Metric::displayUnit).filter(Objects::nonNull)
                    .findFirst().orElse(DisplayUnits.choose(d, max));
            DoubleColumn c = DoubleColumn.create(header(key) + " [" + u.symbol() + "]");
            for (Optional<Metric> m : ms) {
                if (m.isPresent()) c.append(m.get().value().in(u));
                else c.appendMissing();
            }
            t.addColumns(c);
        }
        return t;
    }

    static String header(String key) {
        return switch (key) {
            case "energy_kwh" -> "energy";
            case "co2e_kg" -> "CO2e";
            case "water_l" -> "water";
            default -> key;
        };
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
