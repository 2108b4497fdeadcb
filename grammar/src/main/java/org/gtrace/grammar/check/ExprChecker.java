package org.gtrace.grammar.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Metric;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Units;

/** Gives every expression its type, reporting undefined names, unknown units and dimension clashes. */
final class ExprChecker {

    static final Map<String, Dimension> EMITTER_MEMBERS = Map.of(
            "energy", Dimension.ENERGY, "emissions", Dimension.CO2E, "co2e", Dimension.CO2E,
            "water", Dimension.WATER, "outputs", Dimension.OUTPUTS, "intensity", Dimension.INTENSITY,
            "per_output", Dimension.CO2E_PER_OUTPUT, "energy_per_output", Dimension.ENERGY_PER_OUTPUT);

    /** Members that count or divide by outputs, which a training run does not have. */
    private static final Set<String> PER_OUTPUT_MEMBERS = Set.of("outputs", "per_output", "energy_per_output");

    private final Scope scope;
    private final Diagnostics diagnostics;
    private final Names names;

    ExprChecker(Scope scope, Diagnostics diagnostics, Names names) {
        this.scope = scope;
        this.diagnostics = diagnostics;
        this.names = names;
    }

    Type type(Expr e) {
        if (e instanceof Expr.Number n) return number(n);
        if (e instanceof Expr.Pixels) return Type.PIXELS;
        if (e instanceof Expr.Text) return Type.TEXT;
        if (e instanceof Expr.Measure m) return measure(m.metric(), m.target());
        if (e instanceof Expr.Call c) return new CallChecker(this, diagnostics).type(c);
        if (e instanceof Expr.Ref r) return names.resolve(r.name());
        if (e instanceof Expr.Member m) return member(m);
        if (e instanceof Expr.Binary b) return binary(b);
        if (e instanceof Expr.Negate n) return negate(n);
        if (e instanceof Expr.Range r) return range(r);
        return spread((Expr.Spread) e);
    }

    private Type number(Expr.Number n) {
        if (n.unit() == null) return Type.NUMBER;
        var unit = Constants.unit(n.unit());
        if (unit == null) {
            diagnostics.error(Kind.UNIT, n.unitSpan(), "unknown unit '" + n.unit() + "'", unitHint(n.unit()));
            return Type.UNKNOWN;
        }
        return Type.quantity(unit.dimension());
    }

    /** Words people write for a count suffix or a unit symbol, and what to write instead. */
    private static final Map<String, String> SPELLED = Map.ofEntries(
            Map.entry("thousand", "write the count with a suffix: 35K (K M B T are ×10³ ×10⁶ ×10⁹ ×10¹²)"),
            Map.entry("million", "write the count with a suffix: 700M (K M B T are ×10³ ×10⁶ ×10⁹ ×10¹²)"),
            Map.entry("billion", "write the count with a suffix: 1.2B (K M B T are ×10³ ×10⁶ ×10⁹ ×10¹²)"),
            Map.entry("trillion", "write the count with a suffix: 2T (K M B T are ×10³ ×10⁶ ×10⁹ ×10¹²)"),
            Map.entry("tonnes", "write t or tCO2e"), Map.entry("tonne", "write t or tCO2e"), Map.entry("tons", "write t or tCO2e"),
            Map.entry("kilograms", "write kg or kgCO2e"), Map.entry("grams", "write g or gCO2e"),
            Map.entry("litres", "write L"), Map.entry("liters", "write L"), Map.entry("hours", "write h"),
            Map.entry("seconds", "write s"), Map.entry("minutes", "write min"));

    static String spelledUnit(String text) {
        // "TFLOPS" is written for a count and for a rate alike: say which is which rather than guess
        if (text.matches("[kMGTPEZY]?FLOPS")) {
            String p = text.substring(0, text.length() - 5);
            return "'" + text + "' could be a count or a rate: write " + p + "FLOP (or " + p + "FLOPs) for a count, " + p + "FLOP/s for a rate";
        }
        return SPELLED.get(text.toLowerCase(java.util.Locale.ROOT));
    }

    private String unitHint(String text) {
        String spelled = spelledUnit(text);
        if (spelled != null) return spelled;
        List<String> pieces = List.of(text.split("/"));
        for (String p : pieces) {
            if (Units.simple(p).isPresent()) continue;
            if (pieces.size() > 1 && scope.lookup(p) != null) {
                return "to divide by '" + p + "', put spaces around '/': (x) / " + p;
            }
            String guess = DidYouMean.hint(p, Units.symbols());
            if (!guess.isEmpty()) return guess;
            return "'" + p + "' is not a unit; units include kWh, Wh/image, g/kWh, tCO2e, L, h, days";
        }
        return "write a unit such as kWh, g/kWh or Wh/image";
    }

    Type measure(Metric metric, Name target) {
        Type t = names.resolve(target);
        if (t.isUnknown()) return Type.quantity(dimensionOf(metric));
        if (!t.isEmitter()) {
            diagnostics.error(Kind.TYPE, target.span(), "'" + target.text() + "' is " + t.describe()
                    + ", which has no " + metric.word(), "give a workload, a training run, a simulation or a table");
        }
        return Type.quantity(dimensionOf(metric));
    }

    static Dimension dimensionOf(Metric m) {
        return switch (m) {
            case ENERGY -> Dimension.ENERGY;
            case EMISSIONS -> Dimension.CO2E;
            case WATER -> Dimension.WATER;
        };
    }

    private static String label(Expr e) {
        return e instanceof Expr.Ref r ? r.name().text() : "TRAINING";
    }

    private Type member(Expr.Member m) {
        Type target = type(m.target());
        if (target.isUnknown()) return Type.UNKNOWN;
        String member = m.member().text();
        if (target.tag() == Type.Tag.TABLE) return Type.ANY_QUANTITY;
        if (target.tag() == Type.Tag.TRAINING && PER_OUTPUT_MEMBERS.contains(member)) {
            diagnostics.error(Kind.TYPE, m.member().span(), "a training run has no outputs, so no '" + member + "'",
                    "amortise it over a workload's outputs: lifecycle " + label(m.target()) + " with WORKLOAD");
            return Type.UNKNOWN;
        }
        if (target.isEmitter()) {
            Dimension d = EMITTER_MEMBERS.get(member);
            if (d != null) return Type.quantity(d);
            diagnostics.error(Kind.NAME, m.member().span(), "'" + member + "' is not a property of " + target.describe(),
                    hintOr(DidYouMean.hint(member, EMITTER_MEMBERS.keySet()), "use one of " + String.join(", ", EMITTER_MEMBERS.keySet())));
            return Type.UNKNOWN;
        }
        diagnostics.error(Kind.TYPE, m.span(), target.describe() + " has no properties",
                "'.' reads a property of a workload or training, or a column of a table");
        return Type.UNKNOWN;
    }

    private Type binary(Expr.Binary b) {
        Type l = type(b.left());
        Type r = type(b.right());
        if (l.isUnknown() || r.isUnknown()) return Type.UNKNOWN;
        if (!requireQuantity(l, b.left().span(), b.op().symbol()) | !requireQuantity(r, b.right().span(), b.op().symbol())) {
            return Type.UNKNOWN;
        }
        if (!l.hasDimension() || !r.hasDimension()) return Type.ANY_QUANTITY;
        return switch (b.op()) {
            case ADD, SUBTRACT -> {
                if (!l.dimension().equals(r.dimension())) {
                    diagnostics.error(Kind.UNIT, b.right().span(), "cannot " + (b.op() == Expr.Op.ADD ? "add " : "subtract ")
                            + r.describe() + (b.op() == Expr.Op.ADD ? " to " : " from ") + l.describe(),
                            "both sides of '" + b.op().symbol() + "' need the same dimension");
                    yield Type.UNKNOWN;
                }
                yield l;
            }
            case MULTIPLY -> Type.quantity(l.dimension().multiply(r.dimension()));
            case DIVIDE -> Type.quantity(l.dimension().divide(r.dimension()));
        };
    }

    private boolean requireQuantity(Type t, Span span, String op) {
        if (t.isQuantity()) return true;
        diagnostics.error(Kind.TYPE, span, "'" + op + "' needs quantities, not " + t.describe(),
                t.isEmitter() ? "take a number from it first, e.g. 'emissions NAME' or 'NAME.energy'" : "");
        return false;
    }

    private Type negate(Expr.Negate n) {
        Type t = type(n.operand());
        if (t.isUnknown()) return t;
        return requireQuantity(t, n.operand().span(), "-") ? t : Type.UNKNOWN;
    }

    private Type range(Expr.Range r) {
        Type lo = type(r.low());
        Type hi = type(r.high());
        if (lo.isUnknown() || hi.isUnknown()) return Type.UNKNOWN;
        if (!requireQuantity(lo, r.low().span(), "..") | !requireQuantity(hi, r.high().span(), "..")) return Type.UNKNOWN;
        if (lo.hasDimension() && hi.hasDimension() && !lo.dimension().equals(hi.dimension())) {
            diagnostics.error(Kind.UNIT, r.high().span(), "the bounds of a range differ: " + lo.describe() + " and " + hi.describe(),
                    r.high() instanceof Expr.Binary ? "'..' takes everything on its sides: write (0.004 .. 0.008 kWh) * 700M"
                            : "write both bounds in the same dimension: 0.004 .. 0.008 kWh");
            return Type.UNKNOWN;
        }
        var l = Constants.value(r.low());
        var h = Constants.value(r.high());
        if (l.isPresent() && h.isPresent() && l.getAsDouble() > h.getAsDouble()) {
            diagnostics.error(Kind.RANGE, r.span(), "the lower bound of the range is above the upper bound",
                    "write the smaller value first");
        }
        return lo.hasDimension() ? lo : hi;
    }

    private Type spread(Expr.Spread s) {
        Type c = type(s.centre());
        Type sp = type(s.spread());
        if (c.isUnknown() || sp.isUnknown()) return Type.UNKNOWN;
        if (!requireQuantity(c, s.centre().span(), "±") | !requireQuantity(sp, s.spread().span(), "±")) return Type.UNKNOWN;
        boolean relative = Constants.isPercent(s.spread());
        if (!relative && c.hasDimension() && sp.hasDimension() && !sp.dimension().equals(c.dimension())) {
            diagnostics.error(Kind.UNIT, s.spread().span(), "the spread is " + sp.describe() + " but the value is " + c.describe(),
                    "write the spread as a percentage (± 10%) or in the value's dimension");
            return Type.UNKNOWN;
        }
        var v = Constants.value(s.spread());
        if (v.isPresent() && v.getAsDouble() < 0) {
            diagnostics.error(Kind.RANGE, s.spread().span(), "a spread cannot be negative", "write ± 10%");
        } else if (relative && v.isPresent() && v.getAsDouble() > 0.5) {
            diagnostics.error(Kind.RANGE, s.spread().span(), "a ± spread above 50% would put values below zero",
                    Functions.wideSpreadFix(Constants.literal(s.centre()), v.getAsDouble()));
        }
        return c;
    }

    Names names() {
        return names;
    }

    static String hintOr(String hint, String otherwise) {
        return hint.isEmpty() ? otherwise : hint;
    }

    /** Checks each argument's type; used by the call checker. */
    List<Type> types(List<Expr.Argument> args) {
        List<Type> out = new ArrayList<>(args.size());
        for (Expr.Argument a : args) out.add(type(a.value()));
        return out;
    }
}
