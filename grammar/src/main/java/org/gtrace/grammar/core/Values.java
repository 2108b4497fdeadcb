package org.gtrace.grammar.core;

import java.util.List;
import org.gtrace.grammar.runtime.Uncertain;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/** Reads evaluated property values as the core's types. */
final class Values {

    private Values() {}

    /** A point quantity: uncertain inputs give their central value (the Monte Carlo engine uses the rest). */
    static Quantity quantity(Object v, String field) {
        if (v instanceof Quantity q) return q;
        if (v instanceof Uncertain u) return u.central();
        throw new InputError(field, "needs a quantity", "");
    }

    /** A count written as "700M" or "700M images": the output dimension either way. */
    static Quantity outputs(Object v, String field) {
        Quantity q = quantity(v, field);
        return q.isDimensionless() ? Quantity.outputs(q.base()) : q;
    }

    static Quantity tokens(Object v, String field) {
        Quantity q = quantity(v, field);
        return q.isDimensionless() ? new Quantity(q.base(), Dimension.TOKENS) : q;
    }

    static String word(Object v) {
        return v instanceof Word w ? w.text() : String.valueOf(v);
    }

    /** {@code basis market, direct} → a grid basis; unspecified axes default to location and lifecycle. */
    static GridBasis basis(Object v) {
        List<?> words = v instanceof List<?> l ? l : List.of(v);
        GridBasis.Accounting a = GridBasis.Accounting.LOCATION;
        GridBasis.Scope s = GridBasis.Scope.LIFECYCLE;
        for (Object o : words) {
            String w = word(o);
            if (w.equals("location") || w.equals("market")) a = GridBasis.accounting(w);
            else s = GridBasis.scope(w);
        }
        return new GridBasis(a, s);
    }
}
