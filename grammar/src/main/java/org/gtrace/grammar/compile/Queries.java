package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Query;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.ast.Subject;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.Values;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.equivalents.EquivalenceSet;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.provenance.DerivationSequence;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.Table;

/** Compilers of the queries and of what shows them: ask, table, chart, explain, equivalents. */
final class Queries {

    private Queries() {}

    static Step ask(Stmt.Ask a, Services sv) {
        return Steps.of(a.span(), ctx -> ctx.report(shown(a.query(), answer(a.query(), ctx, sv))));
    }

    static Report answer(Query q, RunContext ctx, Services sv) {
        return answer(q, rows(q, ctx, sv), ctx, sv);
    }

    /** The answer built from rows already estimated (null for one thing or a lifecycle). */
    private static Report answer(Query q, Rows rows, RunContext ctx, Services sv) {
        int line = q.span().line();
        Estimator est = sv.estimator();
        if (q instanceof Query.Measure m && m.grid() != null) return HourMatchReport.answer(m, ctx, est);
        if (q instanceof Query.Measure m && m.targets().size() == 1 && m.byAll().isEmpty()
                && ctx.bindings().value(m.targets().get(0).text()).orElse(null) instanceof org.gtrace.grammar.runtime.ShiftPlan plan) {
            return Shifts.report(plan, line);
        }
        if (q instanceof Query.Lifecycle l) {
            List<Declared> serving = new ArrayList<>();
            for (Name n : l.serving()) serving.add(declared(ctx, n));
            Quantity over = l.outputs() == null ? null : new Evaluator(ctx, est).quantity(l.outputs());
            return est.lifecycle(declared(ctx, l.training()), serving, over, ctx, line);
        }
        List<Name> targets = targets(q);
        List<Name> across = q instanceof Query.Measure m ? m.across() : ((Query.Compare) q).across();
        String word = q instanceof Query.Measure m ? m.metric().word() : "comparison";
        Name by = q instanceof Query.Measure m ? m.by() : ((Query.Compare) q).by();
        Optional<org.gtrace.stdlib.telemetry.Dataset> table = TableQueries.target(q, ctx);
        if (table.isPresent()) return tableAnswer(q, rows, word, targets.get(0).text(), table.get(), ctx, est);
        if (rows == null) {
            Declared d = declared(ctx, targets.get(0));
            String title = capitalise(word) + " of " + d.name();
            Estimate e = est.estimate(d, ctx);
            Report r = Reports.ofEstimate(line, e, title);
            boolean byRegion = by != null && by.text().equals("region");
            return byRegion && e.byRegion() != null
                    ? r.withTable(e.byRegion()).withCharts(List.of()).withMarkdown(null) : r;
        }
        boolean grouped = by != null && Breakdowns.GROUPINGS.contains(by.text());
        String title = capitalise(word) + " of " + listed(targets, grouped ? "things" : "scenarios")
                + (across.isEmpty() ? "" : " across " + listed(across, "regions")) + (grouped ? " by " + by.text() : "");
        Table t = Reports.compareTable(title, rows.first(), rows.rows());
        // the bars show what was asked for: energy for 'energy …', water for 'water …', else CO2e
        String charted = word.equals("energy") || word.equals("water") ? word : "CO2e";
        ChartSpec chart = Reports.bars(t, charted, title, rows.first());
        // one group: its sums are the headline too
        List<Metric> totals = grouped && rows.rows().size() == 1 ? rows.rows().values().iterator().next().metrics() : List.of();
        return new Report(line, targets.get(0).text(), title, totals, t, chart == null ? List.of() : List.of(chart), null,
                rows.notes());
    }

    /** A loaded table broken down or filtered: one row per group, a line over time buckets. */
    private static Report tableAnswer(Query q, Rows rows, String word, String name, org.gtrace.stdlib.telemetry.Dataset d,
                                      RunContext ctx, Estimator est) {
        String title = capitalise(word) + " of " + name + TableQueries.title(q);
        if (rows == null) {
            Estimate e = est.estimate(TableQueries.filtered(name, d, TableQueries.where(q), q.span()), ctx);
            return Reports.ofEstimate(q.span().line(), e, title);
        }
        Table t = Reports.compareTable(title, rows.first(), rows.rows());
        String charted = word.equals("energy") || word.equals("water") ? word : "CO2e";
        ChartSpec chart = TableQueries.chart(Reports.bars(t, charted, title, rows.first()), q);
        List<Metric> totals = rows.rows().size() == 1 ? rows.rows().values().iterator().next().metrics() : List.of();
        return new Report(q.span().line(), name, title, totals, TableQueries.split(t, q), chart == null ? List.of() : List.of(chart), null,
                rows.notes());
    }

    /** The rows of a query about several things (scenarios, regions across, groups), or null for one thing. */
    static Rows rows(Query q, RunContext ctx, Services sv) {
        if (q instanceof Query.Lifecycle || q instanceof Query.Measure m && (m.grid() != null || m.targets().size() == 1
                && ctx.bindings().value(m.targets().get(0).text()).orElse(null) instanceof org.gtrace.grammar.runtime.ShiftPlan)) {
            return null;
        }
        Optional<org.gtrace.stdlib.telemetry.Dataset> table = TableQueries.target(q, ctx);
        if (table.isPresent() && !TableQueries.by(q).isEmpty()) {
            return TableQueries.rows(targets(q).get(0).text(), table.get(), q, sv.estimator(), ctx);
        }
        if (table.isPresent()) return null;
        List<Name> targets = targets(q);
        List<Name> across = q instanceof Query.Measure m ? m.across() : ((Query.Compare) q).across();
        Name by = q instanceof Query.Measure m ? m.by() : ((Query.Compare) q).by();
        Estimator est = sv.estimator();
        if (by != null && Breakdowns.GROUPINGS.contains(by.text())) {
            return Breakdowns.rows(by.text(), targets.stream().map(n -> declared(ctx, n)).toList(), est, ctx);
        }
        if (targets.size() == 1 && across.isEmpty()) return null;
        Map<String, Estimate> rows = new LinkedHashMap<>();
        if (!across.isEmpty()) {
            Declared d = declared(ctx, targets.get(0));
            for (Name region : across) rows.put(region.text(), est.estimate(inRegion(d, region.text()), ctx));
            return new Rows("region", rows, List.of());
        }
        for (Name t : targets) rows.put(t.text(), est.estimate(declared(ctx, t), ctx));
        return new Rows("scenario", rows, List.of());
    }

    private static List<Name> targets(Query q) {
        return q instanceof Query.Measure m ? m.targets() : ((Query.Compare) q).targets();
    }

    /** Names as a title lists them: all of a few, or a count of many (a chart title must fit). */
    private static String listed(List<Name> names, String noun) {
        return names.size() > 6 ? names.size() + " " + noun : String.join(", ", names.stream().map(Name::text).toList());
    }

    /** The same declaration with its region replaced (for {@code across}). */
    static Declared inRegion(Declared d, String region) {
        return new Declared(d.kind(), d.name() + "@" + region, d.modality(), d, Map.of("region", new Word(region)), d.line());
    }

    static Declared declared(RunContext ctx, Name n) {
        Object v = ctx.bindings().require(n.text());
        if (v instanceof org.gtrace.grammar.runtime.ShiftPlan) {
            throw new org.gtrace.grammar.runtime.RunError(org.gtrace.grammar.diag.Kind.TYPE, n.span(), "'" + n.text()
                    + "' is a shift: what-if CO2e of a table's load moved by the hour", "see it with emissions " + n.text()
                    + ", or judge it with assess " + n.text());
        }
        return (Declared) Telemetry.asWorkload(n.text(), v, n.span(), n.span().line());
    }

    static Step table(Stmt.Table t, Services sv) {
        return Steps.of(t.span(), ctx -> {
            Report r = subject(t.subject(), t.span(), ctx, sv);
            Report shown = r.table() != null || r.metrics().isEmpty() ? r : withMetricTable(r);
            if (t.path() != null) shown = StudyReports.writeCsv(whole(shown, t, ctx, sv), t, ctx).withTable(shown.table());
            ctx.report(shown);
        });
    }

    /** What an export writes: a loaded table's every row, not the first rows it shows. */
    private static Report whole(Report shown, Stmt.Table t, RunContext ctx, Services sv) {
        if (!(t.subject() instanceof Expr e)) return shown;
        Object v = new Evaluator(ctx, sv.estimator()).eval(e);
        return v instanceof org.gtrace.stdlib.telemetry.Dataset d ? shown.withTable(d.toTable()) : shown;
    }

    private static Report withMetricTable(Report r) {
        Map<String, Estimate> row = new LinkedHashMap<>();
        row.put(r.subject().isEmpty() ? r.title() : r.subject(), new Estimate(r.subject(), r.metrics(), Map.of(), (Table) null,
                List.of(), (Report) null));
        return r.withTable(Reports.compareTable(r.title(), "subject", row));
    }

    static Step chart(Stmt.Chart c, Services sv) {
        return Steps.of(c.span(), ctx -> {
            Report series = TableQueries.columnSeries(c, ctx, sv.estimator());
            if (series != null) {
                ctx.report(restyle(series, c.style() == null ? null : c.style().text()));
                return;
            }
            Report r = subject(c.subject(), c.span(), ctx, sv);
            Report shown = !r.charts().isEmpty() ? r : r.table() != null ? withBars(r) : withValueChart(r);
            ctx.report(restyle(shown, c.style() == null ? null : c.style().text()));
        });
    }

    private static Report withBars(Report r) {
        ChartSpec chart = Reports.bars(r.table(), "CO2e", r.title(), r.table().column(0).name());
        return chart == null ? r : r.withCharts(List.of(chart));
    }

    /**
     * A value on its own (no table to draw): one bar, or for an uncertain value its mean with
     * the p5–p95 band, in the unit the value is shown in.
     */
    private static Report withValueChart(Report r) {
        Metric m = r.metrics().size() == 1 ? r.metrics().get(0) : null;
        Unit u = m == null ? null : m.unitShown();
        if (u == null) return r.withNote("nothing to chart: chart draws a quantity with a unit, a table or a query");
        String label = r.subject().isEmpty() ? m.name() : r.subject();
        String title = r.title().isEmpty() ? capitalise(m.name()) : r.title();
        double[] mean = {u.fromBase(m.value().base())};
        ChartSpec.Series series = m.isUncertain()
                ? new ChartSpec.Series(m.name(), mean, new double[] {u.fromBase(m.p5().base())}, new double[] {u.fromBase(m.p95().base())})
                : ChartSpec.Series.of(m.name(), mean);
        ChartSpec chart = new ChartSpec(m.isUncertain() ? ChartSpec.Kind.ERROR_BAR : ChartSpec.Kind.BAR, title, "",
                m.name() + " (" + u.symbol() + ")", u.symbol(), List.of(label), List.of(series),
                m.isUncertain() ? "G-TRACE: mean with the p5–p95 band" : "G-TRACE: value as computed");
        return r.withCharts(List.of(chart));
    }

    private static Report restyle(Report r, String style) {
        if (style == null || r.charts().isEmpty()) return r;
        ChartSpec.Kind kind = switch (style) {
            case "line" -> ChartSpec.Kind.LINE;
            case "stacked" -> ChartSpec.Kind.STACKED_BAR;
            case "errorbar" -> ChartSpec.Kind.ERROR_BAR;
            case "tornado" -> ChartSpec.Kind.TORNADO;
            default -> ChartSpec.Kind.BAR;
        };
        List<ChartSpec> charts = r.charts().stream().map(c -> new ChartSpec(kind, c.title(), c.xLabel(), c.yLabel(), c.unit(),
                c.categories(), c.series(), c.source())).toList();
        return r.withCharts(charts);
    }

    static Step explain(Stmt.Explain e, Services sv) {
        return Steps.of(e.span(), ctx -> {
            if (e.subject() instanceof Expr.Ref ref && isRegionWord(ref, ctx)) {
                ctx.report(sv.estimator().describeRegion(ref.name().text(), ctx, e.span().line()));
                return;
            }
            // the rows are estimated once, for the answer and for its explanation
            Rows rows = e.subject() instanceof Query q ? rows(q, ctx, sv) : null;
            Report r = e.subject() instanceof Query q ? shown(q, answer(q, rows, ctx, sv)) : subject(e.subject(), e.span(), ctx, sv);
            StringBuilder md = new StringBuilder();
            DerivationSequence derivations = new DerivationSequence();
            boolean published = e.subject() instanceof Expr x && !Basics.figures(x).isEmpty();
            if (rows == null) {
                explainMetrics(r.metrics(), derivations, md, published ? "from the published figures below" : "as given");
            } else {
                // a query about several things: each row explained in turn, a value derived once
                for (Map.Entry<String, Estimate> row : rows.rows().entrySet()) {
                    md.append("## ").append(rows.first()).append(' ').append(row.getKey()).append("\n\n");
                    explainMetrics(row.getValue().metrics(), derivations, md, "as given");
                }
            }
            if (e.subject() instanceof Expr x) figureSources(x, md);
            for (String note : r.notes()) md.append("- ").append(note).append('\n');
            ctx.report(r.withTitle("Explain " + r.title()).withTable(null).withCharts(List.of())
                    .withMarkdown(md.toString().strip()).withNotes(List.of()));
        });
    }

    /** The derivation of a value's headline metrics, the published figures it uses and its notes, as explain shows them. */
    static String derivationMarkdown(Report r, Expr subject) {
        StringBuilder md = new StringBuilder();
        boolean published = !Basics.figures(subject).isEmpty();
        explainMetrics(r.metrics(), new DerivationSequence(), md, published ? "from the published figures below" : "as given");
        figureSources(subject, md);
        for (String note : r.notes()) md.append("- ").append(note).append('\n');
        return md.toString().strip();
    }

    /** The published figures an expression uses, each with its value, notes and source. */
    private static void figureSources(Expr x, StringBuilder md) {
        List<String> ids = Basics.figures(x);
        if (ids.isEmpty()) return;
        md.append("**Published figures used**\n\n");
        for (String id : ids) {
            LiteratureFigures.find(id).ifPresent(f -> md.append("- `").append(id).append("`: ").append(f.subject()).append(" = ")
                    .append(DisplayUnits.number(f.value())).append(f.unit().equals("1") ? "" : " " + f.unit())
                    .append(f.notes().isEmpty() ? "" : " (" + f.notes() + ")").append(" — ").append(f.source().line()).append('\n'));
        }
        md.append('\n');
    }

    private static void explainMetrics(List<Metric> metrics, DerivationSequence derivations, StringBuilder md, String origin) {
        for (Metric m : metrics) {
            if (m.derivation() != null) {
                md.append(derivations.markdown(m.derivation())).append('\n');
            } else if (m.isUncertain()) {
                md.append("**").append(m.name()).append("** = ").append(m.format(m.value())).append(" (mean; p5 ")
                        .append(m.format(m.p5())).append(", p95 ").append(m.format(m.p95())).append(")\n\n");
            } else {
                md.append("**").append(m.name()).append("** = ").append(m.value().format()).append(" (").append(origin).append(")\n\n");
            }
        }
    }

    /** A bundled region word (not bound), or a declared region. */
    private static boolean isRegionWord(Expr.Ref ref, RunContext ctx) {
        Object v = ctx.bindings().value(ref.name().text()).orElse(null);
        return v == null || v instanceof Declared d && d.is(Declared.Kind.REGION);
    }

    static Step equivalents(Stmt.Equivalents e, Services sv) {
        return Steps.of(e.span(), ctx -> {
            Evaluator ev = new Evaluator(ctx, sv.estimator()).naming(Reports.where(e.span()));
            EquivalenceSet factors = factors(e, ctx, ev);
            Object v = ev.eval(e.subject());
            String subject = Basics.label(e.subject());
            v = Telemetry.asWorkload(subject, v, e.subject().span(), e.span().line());
            if (v instanceof Declared d) {
                Estimate est = sv.estimator().estimate(d, ctx);
                Quantity energy = est.metric(Measure.ENERGY).map(Metric::value).orElse(null);
                Quantity co2e = est.metric(Measure.CO2E).map(Metric::value).orElse(null);
                ctx.report(sv.estimator().equivalents(subject.isEmpty() ? d.name() : subject, energy, co2e, factors, e.span().line()));
                return;
            }
            Quantity q = ev.asQuantity(v, e.subject().span());
            boolean isEnergy = q.dimension().equals(org.gtrace.stdlib.units.Dimension.ENERGY);
            ctx.report(sv.estimator().equivalents(subject.isEmpty() ? q.format() : subject, isEnergy ? q : null, isEnergy ? null : q, factors, e.span().line()));
        });
    }

    /** The set named in the statement, else by {@code set equivalents}, else the default; then the user's own factors. */
    private static EquivalenceSet factors(Stmt.Equivalents e, RunContext ctx, Evaluator ev) {
        var schema = Schemas.of(Schemas.Owner.EQUIVALENTS);
        try {
            return factors(e, PropertyValues.evaluate(e.block(), schema, ev, "equivalents"), ctx);
        } catch (org.gtrace.stdlib.errors.InputError err) {
            throw CoreErrors.at(err, e.block(), schema, e.span());
        }
    }

    private static EquivalenceSet factors(Stmt.Equivalents e, Properties p, RunContext ctx) {
        Object chosen = p.has("factors") ? p.get("factors") : ctx.settings().get("equivalents").orElse(null);
        EquivalenceSet set = chosen == null ? EquivalenceSet.defaults() : EquivalenceSet.bundled(Values.word(chosen));
        String where = "equivalents, line " + e.span().line();
        if (p.has("car")) set = set.withCar(p.point("car", Field.EQUIVALENT_CAR), where);
        if (p.has("smartphone")) set = set.withSmartphone(p.point("smartphone", Field.EQUIVALENT_SMARTPHONE), where);
        if (p.has("household")) set = set.withHousehold(p.point("household", Field.EQUIVALENT_HOUSEHOLD), where);
        return set;
    }

    static Report subject(Subject s, Span span, RunContext ctx, Services sv) {
        if (s instanceof Query q) return shown(q, answer(q, ctx, sv));
        Expr e = (Expr) s;
        Object v = new Evaluator(ctx, sv.estimator()).eval(e);
        return Reports.ofValue(span.line(), Basics.label(e), v, sv.estimator(), ctx);
    }

    /** The answer shown in the unit written after {@code in}, if any ({@code emissions ghibli in ktCO2e}). */
    private static Report shown(Query q, Report answer) {
        Name unit = q instanceof Query.Measure m ? m.unit() : q instanceof Query.Compare c ? c.unit() : null;
        return unit != null ? answer.shownIn(Units.parse(unit.text())) : answer;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
