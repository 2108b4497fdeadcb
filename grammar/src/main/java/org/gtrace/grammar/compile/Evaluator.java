package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Pixels;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.grammar.runtime.Uncertain;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * Evaluates checked expressions to values: {@link Quantity}, {@link Uncertain}, text,
 * {@link Pixels}, curves and count distributions, declared things, table columns.
 */
public final class Evaluator {

    private final RunContext ctx;
    private final Estimator estimator;

    public Evaluator(RunContext ctx, Estimator estimator) {
        this.ctx = ctx;
        this.estimator = estimator;
    }

    public Object eval(Expr e) {
        if (e instanceof Expr.Number n) return n.unit() == null ? Quantity.number(n.value()) : Quantity.of(n.value(), n.unit());
        if (e instanceof Expr.Pixels p) return new Pixels(p.width(), p.height());
        if (e instanceof Expr.Text t) return t.value();
        if (e instanceof Expr.Measure m) return measure(m);
        if (e instanceof Expr.Call c) return new Calls(this).call(c);
        if (e instanceof Expr.Ref r) return ctx.bindings().require(r.name().text());
        if (e instanceof Expr.Member m) return member(m);
        if (e instanceof Expr.Binary b) return binary(b);
        if (e instanceof Expr.Negate n) return quantity(n.operand()).times(-1);
        if (e instanceof Expr.Range r) return new Uncertain("range", List.of(quantity(r.low()), quantity(r.high())), false);
        Expr.Spread s = (Expr.Spread) e;
        boolean relative = s.spread() instanceof Expr.Number n && "%".equals(n.unit());
        return new Uncertain("spread", List.of(quantity(s.centre()), quantity(s.spread())), relative);
    }

    /** The value as a point quantity: uncertain values give their central value. */
    public Quantity quantity(Expr e) {
        return asQuantity(eval(e), e.span());
    }

    static Quantity asQuantity(Object v, Span span) {
        if (v instanceof Quantity q) return q;
        if (v instanceof Uncertain u) return u.central();
        if (v instanceof TableColumn c) {
            throw new RunError(Kind.TYPE, span, "this is the column '" + c.name() + "', not one quantity",
                    "take a number from it: sum(…), mean(…), min(…), max(…) or count(…)");
        }
        throw new RunError(Kind.TYPE, span, "this is " + describe(v) + ", not a quantity", "");
    }

    private static Object asUncertainOrQuantity(Object v, Span span) {
        return v instanceof Uncertain ? v : asQuantity(v, span);
    }

    static String describe(Object v) {
        if (v instanceof Declared d) return "the " + d.kind() + " '" + d.name() + "'";
        if (v instanceof Table) return "a table";
        return v == null ? "nothing" : "a " + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private Quantity measure(Expr.Measure m) {
        Object target = ctx.bindings().require(m.target().text());
        String key = switch (m.metric()) {
            case ENERGY -> "energy_kwh";
            case EMISSIONS -> "co2e_kg";
            case WATER -> "water_l";
        };
        return metric(target, key, m.span());
    }

    Quantity metric(Object target, String key, Span span) {
        if (target instanceof Table t) target = Telemetry.workload(t.name(), t, span, span.line());
        if (!(target instanceof Declared d)) {
            throw new RunError(Kind.TYPE, span, describe(target) + " has no " + key, "");
        }
        Estimate est = estimator.estimate(d, ctx);
        return est.metric(key).map(org.gtrace.stdlib.report.Metric::value).orElseThrow(() -> new RunError(Kind.RUNTIME, span,
                "'" + d.name() + "' has no " + key.replace("_kwh", "").replace("_kg", "").replace("_l", "") + " figure",
                key.equals("water_l") ? "give it a wue (e.g. wue 1.8 L/kWh) to estimate water" : ""));
    }

    private Object member(Expr.Member m) {
        Object target = eval(m.target());
        String name = m.member().text();
        if (target instanceof Table t) return Columns.find(t, name, m.member().span());
        Declared d = (Declared) target;
        return switch (name) {
            case "energy" -> metric(d, "energy_kwh", m.span());
            case "emissions", "co2e" -> metric(d, "co2e_kg", m.span());
            case "water" -> metric(d, "water_l", m.span());
            // the grid intensity the thing's energy met, averaged over its regions by energy
            case "intensity" -> metric(d, "co2e_kg", m.span()).dividedBy(metric(d, "energy_kwh", m.span()));
            case "outputs" -> metric(d, "outputs", m.span());
            case "per_output" -> metric(d, "co2e_kg", m.span()).dividedBy(metric(d, "outputs", m.span()));
            case "energy_per_output" -> metric(d, "energy_kwh", m.span()).dividedBy(metric(d, "outputs", m.span()));
            default -> metric(d, name, m.span());
        };
    }

    private Object binary(Expr.Binary b) {
        Object l = eval(b.left());
        Object r = eval(b.right());
        if (l instanceof Uncertain u && r instanceof Quantity q && b.op() == Expr.Op.MULTIPLY) return u.times(q);
        if (r instanceof Uncertain u && l instanceof Quantity q && b.op() == Expr.Op.MULTIPLY) return u.times(q);
        if (l instanceof Uncertain u && r instanceof Quantity q && b.op() == Expr.Op.DIVIDE) {
            return u.times(Quantity.number(1).dividedBy(q));
        }
        if (l instanceof Uncertain || r instanceof Uncertain) {
            return UncertainArithmetic.combine(b, asUncertainOrQuantity(l, b.left().span()),
                    asUncertainOrQuantity(r, b.right().span()), ctx.settings().seed());
        }
        Quantity x = asQuantity(l, b.left().span());
        Quantity y = asQuantity(r, b.right().span());
        return switch (b.op()) {
            case ADD -> x.plus(y);
            case SUBTRACT -> x.minus(y);
            case MULTIPLY -> x.times(y);
            case DIVIDE -> {
                if (y.base() == 0) throw new RunError(Kind.RANGE, b.right().span(), "division by zero", "");
                yield x.dividedBy(y);
            }
        };
    }

    List<Object> evalAll(List<Expr.Argument> args) {
        List<Object> out = new ArrayList<>(args.size());
        for (Expr.Argument a : args) out.add(eval(a.value()));
        return out;
    }

    RunContext context() {
        return ctx;
    }
}
