package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.ShiftPlan;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.grid.HourlyGrid;
import org.gtrace.stdlib.grid.LoadShift;
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
 * {@code shift flex from tel < grid uk; flexible 30%; window 6 h; across hours >}: the load of a
 * loaded table, hour-matched to a grid table, with a flexible share moved to cleaner intervals or
 * regions ({@link LoadShift}); {@code emissions flex} shows it and {@code assess flex} reads the
 * pyramid's L6 gate from it.
 */
final class Shifts {

    private Shifts() {}

    static Step declare(Stmt.Shift s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Properties p = PropertyValues.evaluate(s.block(), Schemas.of(Schemas.Owner.SHIFT), new Evaluator(ctx, sv.estimator()),
                    s.name().text());
            Property gridProperty = s.block().get("grid").orElseThrow();
            Object g = p.get("grid");
            Name gridName = new Name(g instanceof Word w ? w.text() : String.valueOf(g), gridProperty.span());
            if (!(ctx.bindings().value(s.base().text()).orElse(null) instanceof Dataset tel)) {
                throw new RunError(Kind.TYPE, s.base().span(), "'" + s.base().text() + "' is not a table read by load",
                        "shift reads a loaded table: load " + s.base().text() + " from \"requests.csv\"");
            }
            HourlyGrid grid = GridMatching.grid(gridName, ctx, sv.estimator());
            GridMatching.Result m = GridMatching.match(s.base().text(), tel, List.of(), List.of(), grid, s.span(), ctx, sv.estimator());
            double flexible = p.quantity("flexible").orElseThrow().base();
            double hours = p.quantity("window").map(Quantity::base).orElse(0.0);
            long window = (long) Math.floor(hours * 3600 / grid.step() + 1e-9);
            LoadShift.Across across = p.has("across") ? LoadShift.Across.valueOf(p.word("across").toUpperCase(Locale.ROOT))
                    : LoadShift.Across.HOURS;
            if (across != LoadShift.Across.REGIONS && window == 0) {
                throw new RunError(Kind.PROPERTY, s.block().get("window").map(Property::span).orElse(s.span()), "a window of "
                        + DisplayUnits.number(hours) + " h is shorter than one of the " + grid.intervalWord() + " of '" + grid.name()
                        + "', so no load could wait", "give at least " + grid.step() / 60 + " minutes: window " + grid.step() / 60 + " min");
            }
            ShiftPlan plan = new ShiftPlan(s.name().text(), s.base().text(), grid.name(), flexible, hours, window, grid.intervalWord(),
                    grid.origin(), grid.step(), across, LoadShift.of(grid, m.load(), flexible, window, across), s.span().line());
            Declarations.bind(ctx, s.name(), plan);
            ctx.report(Report.text(s.span().line(), "Shift " + plan.name(), summary(plan)));
        });
    }

    /** {@code emissions flex}: the load as it ran and as shifted, both hour-matched, and the CO2e the shift saves. */
    static Report report(ShiftPlan plan, int line) {
        LoadShift.Result r = plan.result();
        Unit u = DisplayUnits.choose(Dimension.CO2E, r.beforeKg());
        String title = "Emissions of " + plan.name() + ": " + plan.base() + " with " + percent(plan.flexible()) + " of its load shifted";
        Table t = Table.create(title,
                StringColumn.create("figure", List.of("as it ran, hour-matched", "shifted", "saved")),
                DoubleColumn.create("energy moved [kWh]", new double[] {0, r.movedKWh(), r.movedKWh()}),
                DoubleColumn.create("intensity [g/kWh]", new double[] {GridWords.grams(r.beforeKg() / r.kWh()), GridWords.grams(r.afterKg() / r.kWh()),
                        GridWords.grams(r.savedKg() / r.kWh())}),
                DoubleColumn.create("CO2e [" + u.symbol() + "]", new double[] {u.fromBase(r.beforeKg()), u.fromBase(r.afterKg()),
                        u.fromBase(r.savedKg())}));
        List<String> notes = new ArrayList<>();
        notes.add(summary(plan));
        notes.add("an upper bound for this share and window: no capacity limit is modelled where load moves to, and load only"
                + " waits (never runs before it arrives) and moves only where the intensity is lower");
        Quantity after = Quantity.kgCO2e(r.afterKg());
        Derivation d = new Derivation("CO2e of " + plan.name() + ", shifted", "C = Σ_k (1 − f·m_k) E_k × I_k + Σ_k f·m_k E_k × I_dest(k)",
                List.of(new Derivation.Input("f", "flexible share", Quantity.number(plan.flexible()), Source.userInput("shift " + plan.name())),
                        new Derivation.Input("E", "metered energy, table '" + plan.base() + "'", Quantity.kWh(r.kWh()),
                                Source.userInput("table " + plan.base())),
                        new Derivation.Input("C₀", "CO2e as it ran, hour-matched to '" + plan.grid() + "'", Quantity.kgCO2e(r.beforeKg()),
                                Source.userInput("grid table " + plan.grid()))),
                after, List.of());
        List<Metric> metrics = List.of(Metric.point(Measure.CO2E, "CO2e, shifted", after, d),
                Metric.point(Measure.CO2E, "CO2e saved", Quantity.kgCO2e(r.savedKg()), null));
        return new Report(line, plan.name(), title, metrics, t, List.of(chart(plan, title)), null, notes);
    }

    /** {@code assess flex}: the table's workload assessed, its L6 gate read from the shift instead of a declared share. */
    static Report assess(ShiftPlan plan, Properties props, RunContext ctx, Services sv, org.gtrace.grammar.ast.Span span) {
        int line = span.line();
        Object tel = ctx.bindings().require(plan.base());
        Declared workload = (Declared) Telemetry.asWorkload(plan.base(), tel, span, line);
        Map<String, Object> with = new LinkedHashMap<>();
        for (String w : props.words()) with.put(w, props.get(w));
        with.put("shift", plan.result());
        Report r = sv.estimator().assess(workload, Properties.of(with), ctx, line);
        return r.withNote("L6 read from shift '" + plan.name() + "': " + summary(plan));
    }

    private static String summary(ShiftPlan plan) {
        LoadShift.Result r = plan.result();
        String how = switch (plan.across()) {
            case HOURS -> "may wait up to " + DisplayUnits.number(plan.windowHours()) + " h (" + plan.window() + " " + plan.intervals()
                    + ") for the cleanest " + GridWords.one(plan.intervals()) + " of its own grid in '" + plan.grid() + "'";
            case REGIONS -> "may move at once to the cleanest region '" + plan.grid() + "' covers";
            case BOTH -> "may wait up to " + DisplayUnits.number(plan.windowHours()) + " h (" + plan.window() + " " + plan.intervals()
                    + ") and move to the cleanest region and " + GridWords.one(plan.intervals()) + " '" + plan.grid() + "' covers";
        };
        return String.format(Locale.ROOT, "%s of each %s's load of '%s' %s: %s kWh (%s of the load) moved, saving %s"
                        + " (%s of its hour-matched CO2e, %s)", percent(plan.flexible()), GridWords.one(plan.intervals()), plan.base(), how,
                DisplayUnits.number(r.movedKWh()), percent(r.movedShare()), DisplayUnits.format(r.savedKg(), Dimension.CO2E),
                percent(r.savedShare()), DisplayUnits.format(r.beforeKg(), Dimension.CO2E) + " as it ran");
    }

    /** Energy per interval before and after: where the load went. */
    private static ChartSpec chart(ShiftPlan plan, String title) {
        LoadShift.Result r = plan.result();
        java.util.TreeSet<Long> intervals = new java.util.TreeSet<>(r.before().keySet());
        intervals.addAll(r.after().keySet());
        List<String> labels = new ArrayList<>();
        double[] before = new double[intervals.size()], after = new double[before.length];
        int i = 0;
        for (long k : intervals) {
            labels.add(plan.start(k));
            before[i] = r.before().getOrDefault(k, 0.0);
            after[i++] = r.after().getOrDefault(k, 0.0);
        }
        return new ChartSpec(ChartSpec.Kind.LINE, title, GridWords.one(plan.intervals()) + " (UTC)", "energy (kWh)", "kWh",
                labels, List.of(ChartSpec.Series.of("as it ran", before), ChartSpec.Series.of("shifted", after)),
                "metered energy, shifted over grid table " + plan.grid());
    }

    private static String percent(double share) {
        return DisplayUnits.number(share * 100) + "%";
    }
}
