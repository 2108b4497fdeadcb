package org.gtrace.grammar.check;

import java.util.List;
import java.util.OptionalDouble;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Dimension;

/** Checks a call against its {@link Functions.Spec}: known function, argument count, names and dimensions. */
final class CallChecker {

    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    CallChecker(ExprChecker exprs, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    Type type(Expr.Call c) {
        var spec = Functions.get(c.function().text());
        if (spec.isEmpty()) {
            exprs.types(c.arguments());
            diagnostics.error(Kind.NAME, c.function().span(), "unknown function '" + c.function().text() + "'",
                    ExprChecker.hintOr(DidYouMean.hint(c.function().text(), Functions.all().keySet()),
                            "functions: " + String.join(", ", Functions.all().keySet())));
            return Type.UNKNOWN;
        }
        if (spec.get().result() == Functions.Result.FIGURE) return figure(spec.get(), c);
        return check(spec.get(), c);
    }

    /** {@code figure(case.ghibli.energy)}: one id, quoted or not, of the bundled table; typed by its unit. */
    private Type figure(Functions.Spec spec, Expr.Call c) {
        if (c.arguments().size() != 1) {
            diagnostics.error(Kind.TYPE, c.span(), "figure takes one id but got " + c.arguments().size(),
                    "write figure(case.ghibli.energy)");
            return Type.UNKNOWN;
        }
        Expr.Argument a = c.arguments().get(0);
        if (a.name() != null && !a.name().text().equals("id")) {
            paramIndex(spec, a, 0);
            return Type.UNKNOWN;
        }
        String id = Functions.figureId(a.value());
        if (id.isEmpty()) {
            diagnostics.error(Kind.TYPE, a.value().span(), "figure needs the id of a bundled figure",
                    "write figure(case.ghibli.energy); %sources lists the tables");
            return Type.UNKNOWN;
        }
        Names names = exprs.names();
        if (!names.domainWord(Domain.FIGURE, id, a.value().span())) return Type.UNKNOWN;
        return names.catalog().figureDimension(id).map(Type::quantity).orElse(Type.ANY_QUANTITY);
    }

    private Type check(Functions.Spec spec, Expr.Call c) {
        List<Expr.Argument> args = c.arguments();
        int max = spec.variadic() ? Integer.MAX_VALUE : spec.params().size();
        if (args.size() < spec.required() || args.size() > max) {
            exprs.types(args);
            diagnostics.error(Kind.TYPE, c.span(), spec.name() + " takes " + arity(spec) + " but got " + args.size(),
                    "write " + spec.name() + "(" + String.join(", ", spec.names().subList(0, Math.min(spec.names().size(),
                            spec.variadic() ? 2 : spec.names().size()))) + ")");
            return Type.UNKNOWN;
        }
        Type first = null;
        boolean ok = true;
        for (int i = 0; i < args.size(); i++) {
            Expr.Argument a = args.get(i);
            int index = paramIndex(spec, a, i);
            if (index < 0) return Type.UNKNOWN;
            Type t = exprs.type(a.value());
            if (t.isUnknown()) {
                ok = false;
                continue;
            }
            Functions.Param p = spec.params().get(Math.min(index, spec.params().size() - 1));
            if (p == Functions.Param.FIRST) first = t;
            ok &= argument(spec, p, a, t, first);
        }
        if (!ok) return Type.UNKNOWN;
        if (spec.name().equals("lognormal") && args.size() == 2) {
            OptionalDouble g = Constants.value(args.get(1).value());
            if (g.isPresent() && g.getAsDouble() < 1) {
                diagnostics.error(Kind.RANGE, args.get(1).value().span(), "a lognormal spread is a factor of at least 1",
                        Functions.lognormalSpreadFix(Constants.literal(args.get(0).value()), g.getAsDouble()));
                return Type.UNKNOWN;
            }
        }
        return switch (spec.result()) {
            case AS_FIRST -> first == null ? Type.ANY_QUANTITY : first;
            case CURVE -> Type.CURVE;
            case COUNT_DISTRIBUTION -> Type.COUNT_DISTRIBUTION;
            case NUMBER -> Type.NUMBER;
            case FIGURE -> Type.ANY_QUANTITY; // typed by figure() before this point
        };
    }

    private int paramIndex(Functions.Spec spec, Expr.Argument a, int position) {
        if (a.name() == null) return position;
        int index = spec.names().indexOf(a.name().text());
        if (index < 0) {
            diagnostics.error(Kind.NAME, a.name().span(), spec.name() + " has no parameter '" + a.name().text() + "'",
                    ExprChecker.hintOr(DidYouMean.hint(a.name().text(), spec.names()),
                            "parameters: " + String.join(", ", spec.names())));
        }
        return index;
    }

    private boolean argument(Functions.Spec spec, Functions.Param p, Expr.Argument a, Type t, Type first) {
        String where = spec.name() + "'s " + (a.name() != null ? a.name().text() : "argument");
        if (!t.isQuantity()) {
            diagnostics.error(Kind.TYPE, a.value().span(), where + " needs a quantity, not " + t.describe(), "");
            return false;
        }
        if (!t.hasDimension()) return true;
        Dimension d = t.dimension();
        return switch (p) {
            case FIRST -> true;
            case SAME -> first == null || !first.hasDimension() || d.equals(first.dimension())
                    || Constants.isPercent(a.value()) || mismatch(a, where, first.dimension(), d);
            case NUMBER -> d.isDimensionless() || mismatch(a, where, Dimension.NONE, d);
            case DAYS -> d.isDimensionless() || d.equals(Dimension.TIME) || mismatch(a, where, Dimension.TIME, d);
            case SHARE -> share(a, where, d);
            case FIGURE_ID -> true;
        };
    }

    private boolean share(Expr.Argument a, String where, Dimension d) {
        if (!d.isDimensionless()) return mismatch(a, where, Dimension.NONE, d);
        OptionalDouble v = Constants.value(a.value());
        if (v.isPresent() && (v.getAsDouble() < 0 || v.getAsDouble() > 1)) {
            diagnostics.error(Kind.RANGE, a.value().span(), where + " must be between 0% and 100%", "write it as a percentage: 60%");
            return false;
        }
        return true;
    }

    private boolean mismatch(Expr.Argument a, String where, Dimension expected, Dimension got) {
        diagnostics.error(Kind.UNIT, a.value().span(), where + " needs " + expected.describe() + " but got " + got.describe(), "");
        return false;
    }

    private static String arity(Functions.Spec spec) {
        if (spec.variadic()) return "at least " + spec.required() + " argument" + (spec.required() == 1 ? "" : "s");
        int n = spec.params().size();
        return spec.required() == n ? n + " arguments" : spec.required() + " to " + n + " arguments";
    }
}
