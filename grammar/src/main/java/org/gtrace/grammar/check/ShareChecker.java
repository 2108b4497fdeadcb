package org.gtrace.grammar.check;

import java.util.OptionalDouble;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;

/** Checks a regional split: {@code region US 40%, FR 35%, IN 25%} — known regions, shares in 0..100% summing to 100%. */
final class ShareChecker {

    private static final double TOLERANCE = 1e-6;

    private final ExprChecker exprs;
    private final Names names;
    private final Diagnostics diagnostics;

    ShareChecker(ExprChecker exprs, Names names, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.names = names;
        this.diagnostics = diagnostics;
    }

    void shares(Property p, PropertySpec spec) {
        double sum = 0;
        boolean allConstant = true;
        boolean ok = true;
        for (Property.Item item : p.items()) {
            if (item.key() == null) {
                diagnostics.error(Kind.PROPERTY, item.span(), "each part of a split needs a region and a share",
                        "write " + spec.name() + " US 40%, FR 60%");
                return;
            }
            ok &= names.region(item.key());
            Type t = exprs.type(item.value());
            if (t.isUnknown()) {
                ok = false;
                continue;
            }
            if (!t.hasDimension() || !t.dimension().isDimensionless()) {
                diagnostics.error(Kind.UNIT, item.value().span(), "a share must be a percentage, not " + t.describe(),
                        "write " + item.key().text() + " 40%");
                ok = false;
                continue;
            }
            OptionalDouble v = Constants.value(item.value());
            if (v.isEmpty()) {
                allConstant = false;
                continue;
            }
            if (v.getAsDouble() < 0 || v.getAsDouble() > 1) {
                diagnostics.error(Kind.RANGE, item.value().span(), "a share must be between 0% and 100%",
                        Constants.isPercent(item.value()) ? "" : "write it with a percent sign: " + item.key().text() + " 40%");
                ok = false;
            }
            sum += v.getAsDouble();
        }
        if (ok && allConstant && Math.abs(sum - 1) > TOLERANCE) {
            diagnostics.error(Kind.RANGE, p.span(), "the shares of '" + spec.name() + "' sum to "
                    + percent(sum) + ", not 100%", "adjust them so they add up to 100%");
        }
    }

    private static String percent(double share) {
        double pct = share * 100;
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.format(java.util.Locale.ROOT, "%.2f", pct)) + "%";
    }
}
