package org.gtrace.grammar.runtime;

import java.util.List;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/** Reads evaluated values (of properties, settings, function arguments) as the core's types. */
public final class Values {

    private Values() {}

    /** A quantity that may be uncertain: the core propagates it through its own formulas. */
    public static UncertainQuantity value(Object v, Field field) {
        if (v instanceof UncertainQuantity u) return u;
        if (v instanceof Quantity q) return UncertainQuantity.of(q);
        throw new InputError(field, "needs a quantity", "");
    }

    /**
     * One number where the core needs one (a year, a count of users, a seed). An uncertain value
     * there is refused: taking its centre would drop the uncertainty the user wrote without a word.
     */
    public static Quantity point(Object v, Field field) {
        if (v instanceof Quantity q) return q;
        if (v instanceof UncertainQuantity u && u.isPoint()) return u.central();
        if (v instanceof UncertainQuantity u) {
            throw new InputError(field, "takes one number, not an uncertain value (" + u.describe() + "): it sets the run itself"
                    + " and is not drawn", "write one number; to compare values, declare a scenario for each");
        }
        throw new InputError(field, "needs a quantity", "");
    }

    /** A count written as "700M" or "700M images": the output dimension either way. */
    public static UncertainQuantity outputs(Object v, Field field) {
        UncertainQuantity q = value(v, field);
        return q.dimension().isDimensionless() ? q.as(Dimension.OUTPUTS) : q;
    }

    public static UncertainQuantity tokens(Object v, Field field) {
        UncertainQuantity q = value(v, field);
        return q.dimension().isDimensionless() ? q.as(Dimension.TOKENS) : q;
    }

    public static String word(Object v) {
        return v instanceof Word w ? w.text() : String.valueOf(v);
    }

    /**
     * {@code basis market, direct} → a grid basis. An unstated accounting is location-based; an
     * unstated scope is lifecycle for location-based figures (what every bundled grid is) and left
     * unstated for market-based ones, so a supplier's factor is labelled as the user wrote it.
     */
    public static GridBasis basis(Object v) {
        List<?> words = v instanceof List<?> l ? l : List.of(v);
        GridBasis.Accounting a = GridBasis.Accounting.LOCATION;
        GridBasis.Scope s = null;
        for (Object o : words) {
            String w = word(o);
            if (w.equals("location") || w.equals("market")) a = GridBasis.accounting(w);
            else s = GridBasis.scope(w);
        }
        if (s == null) s = a == GridBasis.Accounting.MARKET ? GridBasis.Scope.UNSTATED : GridBasis.Scope.LIFECYCLE;
        return new GridBasis(a, s);
    }
}
