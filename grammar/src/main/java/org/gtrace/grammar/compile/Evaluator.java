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
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.DomainError;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * Evaluates checked expressions to values: {@link Quantity}, {@link UncertainQuantity}, text,
 * {@link Pixels}, curves and count distributions, declared things, table columns.
 *
 * <p>An uncertain value is a formula of independent inputs, each written once (a range, a ±, a
 * distribution) and named by where it was written ({@link InputNames}): arithmetic builds on the
 * formula rather than on samples, so an input used twice is the same input, and a chain of lets
 * keeps its mean and spread however long it grows.
 */
public final class Evaluator {

    private final RunContext ctx;
    private final Estimator estimator;
    private final InputNames names;

    public Evaluator(RunContext ctx, Estimator estimator) {
        this(ctx, estimator, InputNames.at("value"));
    }

    private Evaluator(RunContext ctx, Estimator estimator, InputNames names) {
        this.ctx = ctx;
        this.estimator = estimator;
        this.names = names;
    }

    /** The same evaluator naming the uncertain inputs it meets after {@code where} ("ghibli.energy", a let's name). */
    public Evaluator naming(String where) {
        return new Evaluator(ctx, estimator, InputNames.at(where));
    }

    /** Where the inputs this evaluator meets are written ("ghibli.energy"). */
    String name() {
        return names.where();
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
        if (e instanceof Expr.Negate n) return negate(n);
        if (e instanceof Expr.Range r) {
            Quantity low = point(r.low()), high = point(r.high());
            return input(r.span(), () -> Distribution.range(low.base(), high.base()), low.dimension());
        }
        Expr.Spread s = (Expr.Spread) e;
        boolean relative = s.spread() instanceof Expr.Number n && "%".equals(n.unit());
        Quantity centre = point(s.centre()), spread = point(s.spread());
        return input(s.span(), () -> relative ? Distribution.plusMinusPercent(centre.base(), spread.base() * 100)
                : Distribution.plusMinus(centre.base(), spread.base()), centre.dimension());
    }

    /** An independent uncertain input written at {@code span}; a bad parameter is an error there. */
    UncertainQuantity input(Span span, java.util.function.Supplier<Distribution> d, Dimension dimension) {
        Distribution distribution;
        try {
            distribution = d.get();
        } catch (IllegalArgumentException e) {
            throw new RunError(Kind.RANGE, span, e.getMessage(), "");
        }
        if (distribution.isPoint()) return UncertainQuantity.of(new Quantity(distribution.central(), dimension));
        return UncertainQuantity.input(names.next(), distribution, dimension);
    }

    /** The value as one quantity: an uncertain value gives its Monte Carlo mean (the number it is shown as). */
    public Quantity quantity(Expr e) {
        return asQuantity(eval(e), e.span());
    }

    Quantity asQuantity(Object v, Span span) {
        if (v instanceof UncertainQuantity u) return mean(u);
        return pointValue(v, span);
    }

    /** The mean of an uncertain value over the session's draws. */
    Quantity mean(UncertainQuantity u) {
        if (u.isPoint()) return u.central();
        Formula f = u.formula();
        double m = Propagation.of(List.of(f)).run(ctx.settings().monteCarlo(), ProgressListener.NONE).of(f).mean();
        return new Quantity(m, u.dimension());
    }

    /** A parameter that must be written as one number (a range's end, a ±'s centre). */
    private Quantity point(Expr e) {
        return pointValue(eval(e), e.span());
    }

    /**
     * One number (a range's end, a distribution's parameter, a setting). An uncertain value is
     * refused, not cut to its centre: that would drop the uncertainty without a word.
     */
    static Quantity pointValue(Object v, Span span) {
        if (v instanceof Quantity q) return q;
        if (v instanceof UncertainQuantity u && u.isPoint()) return u.central();
        if (v instanceof UncertainQuantity u) {
            throw new RunError(Kind.TYPE, span, "one number is needed here, not an uncertain value (" + u.describe() + ")",
                    "write one number here; an uncertain value stands where a quantity is drawn, as in energy 1 Wh .. 2 Wh");
        }
        if (v instanceof TableColumn c) {
            throw new RunError(Kind.TYPE, span, "this is the column '" + c.name() + "', not one quantity",
                    "take a number from it: sum(…), mean(…), min(…), max(…) or count(…)");
        }
        throw new RunError(Kind.TYPE, span, "this is " + describe(v) + ", not a quantity", "");
    }

    /** A quantity or an uncertain one, as an uncertain one (a point is a constant formula). */
    static UncertainQuantity uncertain(Object v, Span span) {
        if (v instanceof UncertainQuantity u) return u;
        return UncertainQuantity.of(pointValue(v, span));
    }

    static String describe(Object v) {
        if (v instanceof Declared d) return "the " + d.kind().word() + " '" + d.name() + "'";
        if (v instanceof Table || v instanceof org.gtrace.stdlib.telemetry.Dataset) return "a table";
        return v == null ? "nothing" : "a " + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private Object measure(Expr.Measure m) {
        Object target = ctx.bindings().require(m.target().text());
        Measure measure = switch (m.metric()) {
            case ENERGY -> Measure.ENERGY;
            case EMISSIONS -> Measure.CO2E;
            case WATER -> Measure.WATER;
        };
        return metric(target, measure, m.span());
    }

    /** A thing's measure: a quantity, or a formula of its inputs when they are uncertain. */
    Object metric(Object target, Measure measure, Span span) {
        target = Telemetry.asWorkload(tableName(target), target, span, span.line());
        if (!(target instanceof Declared d)) {
            throw new RunError(Kind.TYPE, span, describe(target) + " has no " + measure.label(), "");
        }
        Estimate est = estimator.estimate(d, ctx);
        UncertainQuantity value = est.value(measure).orElse(null);
        if (value != null) return value.isPoint() ? value.central() : value;
        return est.metric(measure).map(org.gtrace.stdlib.report.Metric::value).orElseThrow(() -> new RunError(Kind.RUNTIME, span,
                "'" + d.name() + "' has no " + measure.label() + " figure",
                measure == Measure.WATER ? "give it a wue (e.g. wue 1.8 L/kWh) to estimate water" : ""));
    }

    private Object member(Expr.Member m) {
        Object target = eval(m.target());
        String name = m.member().text();
        if (target instanceof Table t && !(WORKLOAD_MEMBERS.contains(name) && Columns.header(t.columnNames(), name) == null)) {
            return Columns.find(t, name, m.member().span());
        }
        if (target instanceof org.gtrace.stdlib.telemetry.Dataset ds
                && !(WORKLOAD_MEMBERS.contains(name) && Columns.header(ds.columnNames(), name) == null)) {
            return Columns.find(ds, name, m.member().span());
        }
        // a table without such a column answers as the workload it meters: tel.outputs, tel.intensity
        Declared d = (Declared) Telemetry.asWorkload(tableName(target), target, m.span(), m.span().line());
        return switch (name) {
            case "energy" -> metric(d, Measure.ENERGY, m.span());
            case "emissions", "co2e" -> metric(d, Measure.CO2E, m.span());
            case "water" -> metric(d, Measure.WATER, m.span());
            // the grid intensity the thing's energy met, averaged over its regions by energy
            case "intensity" -> ratio(metric(d, Measure.CO2E, m.span()), metric(d, Measure.ENERGY, m.span()), m.span());
            case "outputs" -> metric(d, Measure.OUTPUTS, m.span());
            case "per_output" -> ratio(metric(d, Measure.CO2E, m.span()), metric(d, Measure.OUTPUTS, m.span()), m.span());
            case "energy_per_output" -> ratio(metric(d, Measure.ENERGY, m.span()), metric(d, Measure.OUTPUTS, m.span()), m.span());
            default -> throw new RunError(Kind.TYPE, m.member().span(), "'" + d.name() + "' has no '" + name + "'", "");
        };
    }

    /** What a table's derived measures are read from: a column of that name wins. */
    private static final java.util.Set<String> WORKLOAD_MEMBERS = java.util.Set.of("emissions", "co2e", "water", "intensity",
            "outputs", "per_output", "energy_per_output");

    private static String tableName(Object v) {
        if (v instanceof Table t) return t.name();
        if (v instanceof org.gtrace.stdlib.telemetry.Dataset d) return d.name();
        return "";
    }

    /** a / b of two measures; where b can be zero in some draws, the ratio of their means. */
    private Object ratio(Object a, Object b, Span span) {
        if (a instanceof Quantity x && b instanceof Quantity y) {
            if (y.base() == 0) throw new RunError(Kind.RANGE, span, "division by zero", "");
            return x.dividedBy(y);
        }
        try {
            return uncertain(a, span).dividedBy(uncertain(b, span));
        } catch (DomainError e) {
            Quantity y = asQuantity(b, span);
            if (y.base() == 0) throw new RunError(Kind.RANGE, span, "division by zero", "");
            return asQuantity(a, span).dividedBy(y);
        }
    }

    private Object negate(Expr.Negate n) {
        Object v = eval(n.operand());
        return v instanceof UncertainQuantity u ? u.negate() : pointValue(v, n.operand().span()).times(-1);
    }

    private Object binary(Expr.Binary b) {
        Object l = eval(b.left());
        Object r = eval(b.right());
        if (l instanceof UncertainQuantity || r instanceof UncertainQuantity) return uncertainBinary(b, l, r);
        Quantity x = pointValue(l, b.left().span());
        Quantity y = pointValue(r, b.right().span());
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

    /** Arithmetic where an operand is uncertain: the formula grows; nothing is drawn until a result is shown. */
    private Object uncertainBinary(Expr.Binary b, Object l, Object r) {
        UncertainQuantity x = uncertain(l, b.left().span()), y = uncertain(r, b.right().span());
        try {
            UncertainQuantity v = switch (b.op()) {
                case ADD -> x.plus(y);
                case SUBTRACT -> x.minus(y);
                case MULTIPLY -> x.times(y);
                case DIVIDE -> x.dividedBy(y);
            };
            return v.isPoint() ? v.central() : v;
        } catch (DomainError e) {
            throw new RunError(Kind.RANGE, b.right().span(), e.getMessage(),
                    "give the divisor a range that excludes zero, such as 0.5 .. 1 (a ratio with zero in reach has no mean)");
        } catch (org.gtrace.stdlib.units.UnitError e) {
            throw new RunError(Kind.RANGE, b.span(), e.getMessage(), "narrow the inputs' ranges");
        }
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
