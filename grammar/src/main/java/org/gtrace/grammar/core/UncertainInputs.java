package org.gtrace.grammar.core;

import org.gtrace.grammar.runtime.Uncertain;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.units.Quantity;

/** The language's uncertain values as the stdlib's distributions, in base units. */
final class UncertainInputs {
    private UncertainInputs() {}

    /** A point quantity or an uncertain value → its distribution (base units). */
    static Distribution of(Object value, String field) {
        if (value instanceof Quantity q) return Distribution.point(q.base());
        if (!(value instanceof Uncertain u)) throw new InputError(field, "needs a quantity or an uncertain value", "");
        try {
            return distribution(u);
        } catch (InputError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InputError(field, e.getMessage(), "");
        }
    }

    /** The value's mean and p5/p50/p95 from its distribution's closed forms (no sampling). */
    static Metric metric(Uncertain u, String name, String key) {
        Distribution d = of(u, name);
        org.gtrace.stdlib.units.Dimension dim = u.dimension();
        return new Metric(name, key, new Quantity(d.mean(), dim), new Quantity(d.quantile(0.05), dim),
                new Quantity(d.quantile(0.5), dim), new Quantity(d.quantile(0.95), dim), null);
    }

    private static Distribution distribution(Uncertain u) {
        return u.toDistribution();
    }
}
