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

    /** Parsed units by text: the vocabulary is fixed, so a unit parsed once is parsed for good. */
    private static final java.util.Map<String, java.util.Optional<Unit>> UNITS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The unit, or null when the text is not one. */
    static Unit unit(String text) {
        return UNITS.computeIfAbsent(text, t -> {
            try {
                return java.util.Optional.of(Units.parse(t));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }

    /** A number literal as a user would write it again ("10 days", "50%", "1.2"), for hints; null for anything else. */
    static String literal(Expr e) {
        if (!(e instanceof Expr.Number n)) return null;
        String v = java.math.BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString();
        if (n.unit() == null) return v;
        return "%".equals(n.unit()) ? v + "%" : v + " " + n.unit();
    }

    /** True when the expression is a literal written with a percent sign. */
    static boolean isPercent(Expr e) {
        return e instanceof Expr.Number n && "%".equals(n.unit());
    }
}
