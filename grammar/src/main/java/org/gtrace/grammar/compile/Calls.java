package org.gtrace.grammar.compile;

import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.check.Functions;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.FunctionValue;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/** Runs function calls: distributions become uncertain inputs, curves and counts {@link FunctionValue}s. */
final class Calls {

    private final Evaluator evaluator;

    Calls(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Object call(Expr.Call c) {
        Functions.Spec spec = Functions.get(c.function().text()).orElseThrow();
        if (spec.result() == Functions.Result.FIGURE) return figure(c);
        Map<String, Object> args = named(spec, c);
        return switch (spec.name()) {
            case "lognormal", "normal", "uniform", "triangular" -> distribution(spec, c, args);
            case "empirical" -> empirical(c);
            case "sum", "mean", "min", "max", "count" -> aggregate(spec.name(), c);
            default -> new FunctionValue(spec.name(), args);
        };
    }

    /** A published figure as a quantity in its own unit; its id is read, not evaluated. */
    private static Quantity figure(Expr.Call c) {
        Expr arg = c.arguments().get(0).value();
        String id = Functions.figureId(arg);
        Figure f = LiteratureFigures.find(id).orElseThrow(() -> new RunError(Kind.NAME, arg.span(), "unknown figure '" + id + "'", ""));
        try {
            return f.quantity();
        } catch (RuntimeException e) {
            throw new RunError(Kind.UNIT, arg.span(), "figure '" + id + "' is in " + f.unit() + ", which is not a unit of the language",
                    "use its value by hand, with a unit the language knows");
        }
    }

    private Map<String, Object> named(Functions.Spec spec, Expr.Call c) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < c.arguments().size(); i++) {
            Expr.Argument a = c.arguments().get(i);
            String name = a.name() != null ? a.name().text() : spec.names().get(Math.min(i, spec.names().size() - 1));
            out.put(name, evaluator.eval(a.value()));
        }
        return out;
    }

    private Object distribution(Functions.Spec spec, Expr.Call c, Map<String, Object> args) {
        List<Quantity> params = new ArrayList<>();
        Quantity first = null;
        for (int i = 0; i < spec.names().size() && i < args.size(); i++) {
            Expr.Argument a = c.arguments().get(i);
            Quantity q = Evaluator.pointValue(args.get(spec.names().get(i)), a.value().span());
            if (first == null) first = q;
            else if (a.value() instanceof Expr.Number n && "%".equals(n.unit()) && !first.isDimensionless()) {
                q = first.times(q.base()); // "normal(5 kWh, 10%)": a percentage of the first parameter
            }
            params.add(q);
        }
        if (spec.name().equals("lognormal") && params.get(1).base() < 1) {
            throw new RunError(Kind.RANGE, c.arguments().get(1).span(), "a lognormal spread is a factor of at least 1",
                    Functions.lognormalSpreadFix(params.get(0).format(), params.get(1).base()));
        }
        double[] p = params.stream().mapToDouble(Quantity::base).toArray();
        return evaluator.input(c.span(), () -> switch (spec.name()) {
            case "lognormal" -> Distribution.lognormal(p[0], p[1]);
            case "normal" -> Distribution.normal(p[0], p[1]);
            case "uniform" -> Distribution.range(p[0], p[1]);
            default -> Distribution.triangular(p[0], p[1], p[2]);
        }, params.get(0).dimension());
    }

    private Object empirical(Expr.Call c) {
        List<Object> values = evaluator.evalAll(c.arguments());
        List<Quantity> samples = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof TableColumn col) samples.addAll(quantities(col));
            else samples.add(Evaluator.pointValue(v, c.arguments().get(i).span()));
        }
        if (samples.isEmpty()) throw new RunError(Kind.DATA, c.span(), "empirical() got no samples", "");
        double[] x = samples.stream().mapToDouble(Quantity::base).toArray();
        return evaluator.input(c.span(), () -> Distribution.empirical(x), samples.get(0).dimension());
    }

    private Quantity aggregate(String fn, Expr.Call c) {
        Object v = evaluator.eval(c.arguments().get(0).value());
        if (!(v instanceof TableColumn col)) {
            throw new RunError(Kind.TYPE, c.span(), fn + "() needs a table column, such as telemetry.energy", "");
        }
        double[] xs = col.values();
        if (fn.equals("count")) return Quantity.number(xs.length);
        if (xs.length == 0) throw new RunError(Kind.DATA, c.span(), "column '" + col.name() + "' is empty", "");
        double r = switch (fn) {
            case "sum" -> java.util.Arrays.stream(xs).sum();
            case "mean" -> java.util.Arrays.stream(xs).average().orElse(0);
            case "min" -> java.util.Arrays.stream(xs).min().orElse(0);
            default -> java.util.Arrays.stream(xs).max().orElse(0);
        };
        return col.unit() == null ? Quantity.number(r) : Quantity.of(r, col.unit());
    }

    private static List<Quantity> quantities(TableColumn col) {
        List<Quantity> out = new ArrayList<>(col.size());
        for (double x : col.values()) {
            out.add(col.unit() == null ? new Quantity(x, Dimension.NONE) : Quantity.of(x, col.unit()));
        }
        return out;
    }
}
