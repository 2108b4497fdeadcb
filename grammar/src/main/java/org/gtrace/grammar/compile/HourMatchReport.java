package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Query;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.grid.HourMatch;
import org.gtrace.stdlib.grid.HourlyGrid;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code emissions tel with uk}: the hour-matched CO2e beside the annual-average one the core
 * gives for the same energy and regions, and what the difference is made of. Of the gap between
 * the two intensities, the part the period gives is the grid's plain mean over the intervals the
 * load spans less the annual figure (that also holds any difference of basis between the two
 * sources); the part the timing gives is the load-weighted intensity less that plain mean.
 */
final class HourMatchReport {

    private HourMatchReport() {}

    static Report answer(Query.Measure q, RunContext ctx, Estimator est) {
        String name = q.targets().get(0).text();
        if (!(ctx.bindings().value(name).orElse(null) instanceof Dataset tel)) {
            throw new RunError(Kind.TYPE, q.targets().get(0).span(), "'" + name + "' is not a table read by load",
                    "hour-matching reads a loaded table: load " + name + " from \"requests.csv\"");
        }
        HourlyGrid grid = GridMatching.grid(q.grid(), ctx, est);
        GridMatching.Result m = GridMatching.match(name, tel, q.byAll(), q.where(), grid, q.span(), ctx, est);
        Map<String, Estimate> annual = new LinkedHashMap<>();
        for (var g : m.annual().entrySet()) {
            org.gtrace.stdlib.uncertainty.CancelledException.ifInterrupted("the query");
            String label = g.getKey().isEmpty() ? name : name + " [" + g.getKey() + "]";
            annual.put(g.getKey(), est.estimate(Telemetry.workload(label, g.getValue(), m.schema(), q.span(), q.span().line()), ctx));
        }
        String title = "Emissions of " + name + TableQueries.title(q) + ", hour-matched to " + grid.name();
        return q.byAll().isEmpty() ? whole(q, title, m, annual.get(""), tel) : grouped(q, title, m, annual, tel);
    }

    /** No breakdown: the annual and hour-matched figures, their difference and its two parts, and a line over the intervals. */
    private static Report whole(Query.Measure q, String title, GridMatching.Result m, Estimate annual, Dataset tel) {
        HourMatch.Matched h = m.groups().get("");
        double annualKg = co2e(annual);
        double a = h.kWh() == 0 ? 0 : annualKg / h.kWh();
        double w = h.intensity(), p = h.periodMean();
        Unit u = DisplayUnits.choose(Dimension.CO2E, Math.max(annualKg, h.kg()));
        Table t = Table.create(title,
                StringColumn.create("figure", List.of("annual average", "hour-matched", "difference", "  of which the period and basis",
                        "  of which the timing of the load")),
                DoubleColumn.create("intensity [g/kWh]", new double[] {GridWords.grams(a), GridWords.grams(w), GridWords.grams(w - a), GridWords.grams(p - a), GridWords.grams(w - p)}),
                DoubleColumn.create("CO2e [" + u.symbol() + "]", new double[] {u.fromBase(annualKg), u.fromBase(h.kg()),
                        u.fromBase(h.kg() - annualKg), u.fromBase((p - a) * h.kWh()), u.fromBase((w - p) * h.kWh())}));
        List<String> notes = new ArrayList<>();
        notes.add(matchedNote(q.targets().get(0).text(), m, h));
        notes.add(String.format(Locale.ROOT, "the difference, %+,.1f g/kWh (%+.1f%%): %+,.1f g/kWh from the period (the plain mean of '%s' over"
                        + " the %s the load spans is %,.1f g/kWh, against the annual average's %,.1f; that includes any difference between"
                        + " the two sources' bases) and %+,.1f g/kWh from timing (the load met %,.1f g/kWh, weighted by its energy)",
                GridWords.grams(w - a), a == 0 ? 0 : 100 * (w - a) / a, GridWords.grams(p - a), m.grid().name(), m.grid().intervalWord(), GridWords.grams(p), GridWords.grams(a), GridWords.grams(w - p), GridWords.grams(w)));
        notes.addAll(annual.notes().stream().filter(n -> n.startsWith("grid ") || n.startsWith("reference data")).toList());
        notes.add("the grid table's intensities are taken as its file gives them, with no uncertainty (none is published with them)");
        return new Report(q.span().line(), q.targets().get(0).text(), title, List.of(metric(q, m, h, tel)), t,
                List.of(line(title, m, a, u)), null, notes);
    }

    /** By something: one row per group, annual and hour-matched side by side. */
    private static Report grouped(Query.Measure q, String title, GridMatching.Result m, Map<String, Estimate> annual, Dataset tel) {
        double max = 0;
        for (var g : m.groups().entrySet()) max = Math.max(max, Math.max(g.getValue().kg(), co2e(annual.get(g.getKey()))));
        Unit u = DisplayUnits.choose(Dimension.CO2E, max);
        String by = String.join(", ", q.byAll().stream().map(Name::text).toList());
        StringColumn keys = StringColumn.create(by);
        DoubleColumn kWh = DoubleColumn.create("energy [kWh]"), yearly = DoubleColumn.create("annual average [" + u.symbol() + "]"),
                matched = DoubleColumn.create("hour-matched [" + u.symbol() + "]"), diff = DoubleColumn.create("difference [%]"),
                met = DoubleColumn.create("met [g/kWh]");
        for (var g : m.groups().entrySet()) {
            double a = co2e(annual.get(g.getKey()));
            HourMatch.Matched h = g.getValue();
            keys.append(g.getKey());
            kWh.append(h.kWh());
            yearly.append(u.fromBase(a));
            matched.append(u.fromBase(h.kg()));
            diff.append(a == 0 ? 0 : 100 * (h.kg() - a) / a);
            met.append(GridWords.grams(h.intensity()));
        }
        Table t = TableQueries.split(Table.create(title, keys, kWh, yearly, matched, diff, met), q);
        HourMatch.Matched all = total(m);
        List<String> notes = List.of(matchedNote(q.targets().get(0).text(), m, all),
                "each group's annual average is the core's estimate for its energy and regions; its grid notes: emissions "
                        + q.targets().get(0).text() + " by " + by);
        ChartSpec bars = new ChartSpec(ChartSpec.Kind.BAR, title, by, "CO2e (" + u.symbol() + ")", u.symbol(),
                List.copyOf(keys.asList()), List.of(ChartSpec.Series.of("annual average", yearly.asDoubleArray()),
                ChartSpec.Series.of("hour-matched", matched.asDoubleArray())), "metered energy × grid table " + m.grid().name());
        return new Report(q.span().line(), q.targets().get(0).text(), title, List.of(metric(q, m, all, tel)), t, List.of(bars), null, notes);
    }

    private static String matchedNote(String name, GridMatching.Result m, HourMatch.Matched h) {
        return String.format(Locale.ROOT, "hour-matched: the energy of '%s' in each region and %s, times that %s's intensity in grid"
                        + " table '%s' (%,d %s, %s to %s UTC, %,.4g kWh)", name, GridWords.one(m.grid().intervalWord()),
                GridWords.one(m.grid().intervalWord()), m.grid().name(), h.last() - h.first() + 1, m.grid().intervalWord(),
                stamp(m.grid().start(h.first())), stamp(m.grid().start(h.last())), h.kWh());
    }

    private static HourMatch.Matched total(GridMatching.Result m) {
        double kWh = 0, kg = 0;
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (HourMatch.Matched h : m.groups().values()) {
            kWh += h.kWh();
            kg += h.kg();
            first = Math.min(first, h.first());
            last = Math.max(last, h.last());
        }
        return new HourMatch.Matched(kWh, kg, 0, 0, Double.NaN, first, last);
    }

    /** The headline, with a derivation {@code explain} can show: the sum of energy × intensity over intervals. */
    private static Metric metric(Query.Measure q, GridMatching.Result m, HourMatch.Matched h, Dataset tel) {
        String name = q.targets().get(0).text();
        Source grid = new Source("grid table " + m.grid().name(), "intensity per region and " + GridWords.one(m.grid().intervalWord())
                + ", table '" + m.grid().name() + "'", m.grid().name(), 0, "as the loaded file's", "user", "");
        Source metered = new Source("table " + name, "metered energy, table '" + name + "' (" + tel.file().getFileName() + ")", "", 0,
                "", "user", "");
        Quantity kg = Quantity.kgCO2e(h.kg());
        Derivation d = new Derivation("CO2e of " + name + ", hour-matched", "C = Σ_k E_k × I_k",
                List.of(new Derivation.Input("E", "energy summed over the " + m.grid().intervalWord(), Quantity.kWh(h.kWh()), metered),
                        new Derivation.Input("I", "the intensities met, weighted by energy", Quantity.of(GridWords.grams(h.intensity()), GridWords.G_PER_KWH), grid)),
                kg, List.of());
        return Metric.point(Measure.CO2E, "CO2e, hour-matched", kg, d);
    }

    /** CO2e per interval, at the annual average and hour-matched: where the two part is where the timing counts. */
    private static ChartSpec line(String title, GridMatching.Result m, double annual, Unit total) {
        Unit u = DisplayUnits.choose(Dimension.CO2E, m.intervals().values().stream().mapToDouble(v -> v[0] * annual).max().orElse(0));
        List<String> labels = new ArrayList<>();
        double[] yearly = new double[m.intervals().size()], matched = new double[yearly.length];
        int i = 0;
        for (var e : m.intervals().entrySet()) {
            labels.add(stamp(m.grid().start(e.getKey())));
            yearly[i] = u.fromBase(e.getValue()[0] * annual);
            matched[i++] = u.fromBase(e.getValue()[1]);
        }
        return new ChartSpec(ChartSpec.Kind.LINE, title, GridWords.one(m.grid().intervalWord()) + " (UTC)", "CO2e (" + u.symbol() + ")",
                u.symbol(), labels, List.of(ChartSpec.Series.of("annual average", yearly), ChartSpec.Series.of("hour-matched", matched)),
                "metered energy × grid table " + m.grid().name());
    }

    private static double co2e(Estimate e) {
        return e.metric(Measure.CO2E).map(x -> x.value().base()).orElse(0.0);
    }


    private static String stamp(java.time.Instant t) {
        return t.toString().replace(":00Z", "Z");
    }
}
