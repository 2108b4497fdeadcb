package org.gtrace.grammar.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Query;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Unit;

/** Checks queries, {@code expect} and {@code equivalents}. */
final class QueryChecker {

    /** What {@code by} can break a result down by: one thing by region or day, several by modality or phase. */
    static final List<String> BREAKDOWNS = List.of("region", "day", "modality", "phase");

    /** Breakdowns another statement gives, and which. */
    private static final java.util.Map<String, String> ELSEWHERE = java.util.Map.of(
            "scenario", "compare the scenarios: compare ghibli, green");

    private final ExprChecker exprs;
    private final Names names;
    private final Diagnostics diagnostics;

    QueryChecker(ExprChecker exprs, Names names, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.names = names;
        this.diagnostics = diagnostics;
    }

    void query(Query q) {
        if (q instanceof Query.Measure m) measure(m);
        else if (q instanceof Query.Compare c) compare(c);
        else lifecycle((Query.Lifecycle) q);
    }

    private void measure(Query.Measure m) {
        List<Type> types = emitters(m.targets());
        breakdown(m.byAll(), m.where(), m.targets(), types);
        if (m.grid() != null) grid(m, types);
        for (Name r : m.across()) names.region(r);
        once(m.across());
        if (m.unit() != null) unit(m.unit(), ExprChecker.dimensionOf(m.metric()), m.metric().word());
    }

    /** {@code emissions tel with uk}: one loaded table's CO2e, priced by another table's intensity over time. */
    private void grid(Query.Measure m, List<Type> types) {
        names.resolveKind(m.grid(), "a loaded table of grid intensity", Type.Tag.TABLE);
        if (m.metric() != org.gtrace.grammar.ast.Metric.EMISSIONS) {
            diagnostics.error(Kind.TYPE, m.grid().span(), "'with " + m.grid().text() + "' prices CO2e by the hour; it does not change "
                    + m.metric().word(), "ask: emissions " + m.targets().get(0).text() + " with " + m.grid().text());
        } else if (m.targets().size() != 1 || types.stream().anyMatch(t -> !t.isUnknown() && t.tag() != Type.Tag.TABLE)) {
            diagnostics.error(Kind.TYPE, m.targets().get(0).span(), "'with " + m.grid().text() + "' hour-matches one loaded table of"
                    + " metered energy", "load it first: load tel from \"requests.csv\"; then emissions tel with " + m.grid().text());
        } else if (!m.across().isEmpty()) {
            diagnostics.error(Kind.TYPE, m.across().get(0).span(), "'across' moves a workload to other regions; an hour-matched"
                    + " table keeps its own", "drop 'across', or see what moving would save: shift … < grid "
                    + m.grid().text() + "; flexible 30%; across regions >");
        }
    }

    /** {@code in UNIT}: a known unit of the dimension asked for (null: any of energy, CO2e, water). */
    private void unit(Name unit, Dimension want, String what) {
        unit(unit, want, what, true);
    }

    /** A known unit; {@code footprint}: one of energy, CO2e and water when {@code want} is null. */
    private void unit(Name unit, Dimension want, String what, boolean footprint) {
        Unit u = Constants.unit(unit.text());
        if (u == null) {
            String spelled = ExprChecker.spelledUnit(unit.text());
            diagnostics.error(Kind.UNIT, unit.span(), "unknown unit '" + unit.text() + "'",
                    spelled != null ? spelled : DidYouMean.hint(unit.text(), org.gtrace.stdlib.units.Units.symbols()));
        } else if (!footprint) {
            return;
        } else if (want != null && !u.dimension().equals(want)) {
            diagnostics.error(Kind.UNIT, unit.span(), what + " is " + want.describe() + ", not " + u.dimension().describe(),
                    "write e.g. 'in " + (want == Dimension.ENERGY ? "MWh" : want == Dimension.CO2E ? "tCO2e" : "L") + "'");
        } else if (want == null && !List.of(Dimension.ENERGY, Dimension.CO2E, Dimension.WATER).contains(u.dimension())) {
            diagnostics.error(Kind.UNIT, unit.span(), "a comparison shows energy, CO2e and water, not " + u.dimension().describe(),
                    "write e.g. 'in kgCO2e' or 'in MWh'");
        }
    }

    private void compare(Query.Compare c) {
        List<Type> types = emitters(c.targets());
        for (Name r : c.across()) names.region(r);
        once(c.across());
        breakdown(c.byAll(), c.where(), c.targets(), types);
        if (c.unit() != null) unit(c.unit(), null, "compare");
        if (c.targets().size() == 1 && c.across().isEmpty()) {
            diagnostics.error(Kind.SYNTAX, c.span(), "compare needs two things, or regions to compare across",
                    "write compare ghibli, green  or  compare ghibli across US, FR, IN");
        }
    }

    private void lifecycle(Query.Lifecycle l) {
        String order = "lifecycle takes the training run first, then what serves it: lifecycle gpt3 with chat";
        names.resolveKind(l.training(), "a training run", order, Type.Tag.TRAINING);
        for (Name w : l.serving()) names.resolveKind(w, "a workload or a simulation", order, Type.Tag.WORKLOAD, Type.Tag.SIMULATION);
        once(l.serving());
        if (l.outputs() != null) {
            Type t = exprs.type(l.outputs());
            if (t.hasDimension() && !t.dimension().isDimensionless() && !t.dimension().equals(Dimension.OUTPUTS)) {
                diagnostics.error(Kind.UNIT, l.outputs().span(), "'over' needs a count of outputs, not " + t.describe(),
                        "write over 10B outputs");
            }
        }
    }

    private List<Type> emitters(List<Name> targets) {
        List<Type> types = new ArrayList<>();
        for (Name t : targets) {
            types.add(names.resolveKind(t, "a workload, a training run, a simulation, a table or a shift",
                    Type.Tag.WORKLOAD, Type.Tag.TRAINING, Type.Tag.SIMULATION, Type.Tag.TABLE, Type.Tag.SHIFT));
        }
        once(targets);
        return types;
    }

    /** A name listed twice would give one row (rows are keyed by name) or count a thing twice in a sum. */
    private void once(List<Name> names) {
        Set<String> seen = new HashSet<>();
        for (Name n : names) {
            if (!seen.add(n.text())) {
                diagnostics.error(Kind.NAME, n.span(), "'" + n.text() + "' is listed twice", "list each once");
            }
        }
    }

    /**
     * A loaded table breaks down by its own columns and by hour, day, week or month of its time
     * column, and filters its rows: which columns it has is known only once it is loaded, so they
     * are checked then. Anything else breaks down by one of {@link #BREAKDOWNS} and has no rows to filter.
     */
    private void breakdown(List<Name> byAll, List<Query.Condition> where, List<Name> targets, List<Type> types) {
        boolean table = !types.isEmpty() && types.stream().allMatch(t -> t.tag() == Type.Tag.TABLE);
        boolean unknown = types.stream().anyMatch(Type::isUnknown);
        once(byAll);
        for (Query.Condition c : where) if (c.unit() != null) unit(c.unit(), null, "where", false);
        if (table && targets.size() > 1 && (!byAll.isEmpty() || !where.isEmpty())) {
            diagnostics.error(Kind.NAME, targets.get(1).span(), "'by' and 'where' break down one table, not " + targets.size(),
                    "ask for each: emissions " + targets.get(0).text() + " by …");
            return;
        }
        if (table) return;
        if (!where.isEmpty() && !unknown) {
            diagnostics.error(Kind.TYPE, where.get(0).column().span(), "'where' filters the rows of a loaded table; '"
                    + targets.get(0).text() + "' is " + types.get(0).describe(), "load telemetry first: load tel from \"requests.csv\"");
        }
        if (byAll.size() > 1 && !unknown) {
            diagnostics.error(Kind.NAME, byAll.get(1).span(), "only a loaded table breaks down by more than one thing",
                    "break down by one: by " + byAll.get(0).text());
        }
        breakdown(byAll.isEmpty() ? null : byAll.get(0), targets, types);
    }

    private void breakdown(Name by, List<Name> targets, List<Type> types) {
        if (by != null && ELSEWHERE.containsKey(by.text())) {
            diagnostics.error(Kind.NAME, by.span(), "'by " + by.text() + "' is not a breakdown of this query", ELSEWHERE.get(by.text()));
        } else if (by != null && !BREAKDOWNS.contains(by.text())) {
            diagnostics.error(Kind.NAME, by.span(), "cannot break down by '" + by.text() + "'",
                    ExprChecker.hintOr(DidYouMean.hint(by.text(), BREAKDOWNS), "use one of " + String.join(", ", BREAKDOWNS)));
        } else if (by != null && targets.size() > 1 && (by.text().equals("region") || by.text().equals("day"))) {
            diagnostics.error(Kind.NAME, by.span(), "'by " + by.text() + "' breaks down one thing, not " + targets.size(),
                    "ask for each: emissions " + targets.get(0).text() + " by " + by.text() + ", or group them: by modality");
        } else if (by != null && by.text().equals("day") && !types.isEmpty() && !types.get(0).isUnknown()
                && types.get(0).tag() != Type.Tag.SIMULATION) {
            diagnostics.error(Kind.TYPE, by.span(), "'by day' breaks down a simulation; '" + targets.get(0).text() + "' is "
                    + types.get(0).describe(), "simulate it over days: simulate trend from " + targets.get(0).text() + " < users 1M; days 60; … >");
        }
    }

    void expect(Stmt.Expect e) {
        Type actual = exprs.type(e.actual());
        Type expected = exprs.type(e.expected());
        Type tolerance = e.tolerance() == null ? null : exprs.type(e.tolerance());
        if (actual.isUnknown() || expected.isUnknown()) return;
        if (!actual.isQuantity() || !expected.isQuantity()) {
            Expr bad = actual.isQuantity() ? e.expected() : e.actual();
            diagnostics.error(Kind.TYPE, bad.span(), "expect compares quantities, not " + (actual.isQuantity() ? expected : actual).describe(),
                    "write expect emissions ghibli == 2020 t ± 1%");
            return;
        }
        if (actual.hasDimension() && expected.hasDimension() && !actual.dimension().equals(expected.dimension())) {
            diagnostics.error(Kind.UNIT, e.expected().span(), "expect compares " + actual.describe() + " with "
                    + expected.describe(), "write the expected value in the same dimension as the left side");
            return;
        }
        if (tolerance != null && !tolerance.isUnknown() && !Constants.isPercent(e.tolerance())
                && tolerance.hasDimension() && actual.hasDimension() && !tolerance.dimension().equals(actual.dimension())) {
            diagnostics.error(Kind.UNIT, e.tolerance().span(), "the tolerance must be a percentage or " + actual.describe(),
                    "write ± 1%");
        }
    }

    void equivalents(Expr subject) {
        Type t = exprs.type(subject);
        if (t.isUnknown() || t.isEmitter()) return;
        if (t.hasDimension() && (t.dimension().equals(Dimension.CO2E) || t.dimension().equals(Dimension.ENERGY))) return;
        diagnostics.error(Kind.TYPE, subject.span(), "equivalents need CO2e or energy, not " + t.describe(),
                "write equivalents ghibli  or  equivalents 2020 t");
    }
}
