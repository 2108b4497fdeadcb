package org.gtrace.grammar.check;

import java.util.OptionalDouble;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;

/** Folds expressions made only of literals to a value in base units, for range checks. */
final class Constants {

    private Constants() {}

    static OptionalDouble value(Expr e) {
        if (e instanceof Expr.Number n) {
            if (n.unit() == null) return OptionalDouble.of(n.value());
            Unit u = unit(n.unit());
            return u == null ? OptionalDouble.empty() : OptionalDouble.of(u.toBase(n.value()));
        }
        if (e instanceof Expr.Negate n) {
            OptionalDouble v = value(n.operand());
            return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
        }
        if (e instanceof Expr.Binary b) return binary(b);
        return OptionalDouble.empty();
    }

    private static OptionalDouble binary(Expr.Binary b) {
        OptionalDouble l = value(b.left());
        OptionalDouble r = value(b.right());
        if (l.isEmpty() || r.isEmpty()) return OptionalDouble.empty();
        double x = l.getAsDouble();
        double y = r.getAsDouble();
        double v = switch (b.op()) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> y == 0 ? Double.NaN : x / y;
        };
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    static Unit unit(String text) {
        try {
            return Units.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the expression is a literal written with a percent sign. */
    static boolean isPercent(Expr e) {
        return e instanceof Expr.Number n && "%".equals(n.unit());
    }
}
