package org.gtrace.stdlib.report;

import java.util.Objects;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * The spread of an uncertain result and how well the Monte Carlo knows it: p5/p50/p95, the
 * standard error of the mean, the sample count and the seed.
 */
public record Band(Quantity p5, Quantity p50, Quantity p95, Quantity standardError, int samples, long seed) {

    public Band {
        Objects.requireNonNull(p5, "p5");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p95, "p95");
        Objects.requireNonNull(standardError, "standard error");
    }

    public static Band of(McResult r, Dimension d) {
        return new Band(new Quantity(r.p5(), d), new Quantity(r.p50(), d), new Quantity(r.p95(), d),
                new Quantity(r.standardError(), d), r.samples(), r.seed());
    }

    /**
     * Whether the Monte Carlo error is large next to the result: a standard error above 1% of
     * the mean, or above 5% of the spread (fewer than 400 samples).
     */
    public boolean imprecise(Quantity mean) {
        double se = standardError.base(), spread = (p95.base() - p5.base()) / 3.29;
        return se > 0.01 * Math.abs(mean.base()) || spread > 0 && se > 0.05 * spread;
    }

    /** "Monte Carlo, 20,000 samples, seed 42". */
    public String method() {
        return String.format(java.util.Locale.ROOT, "Monte Carlo, %,d samples, seed %d", samples, seed);
    }
}
