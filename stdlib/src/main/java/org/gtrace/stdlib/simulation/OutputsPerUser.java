package org.gtrace.stdlib.simulation;

import java.util.SplittableRandom;
import org.gtrace.stdlib.uncertainty.Variates;

/**
 * The distribution of how many outputs an active user asks for in a day, before any cap:
 * Poisson, or negative binomial (a few heavy users) with dispersion {@code k}, variance
 * {@code mean + mean²/k}.
 */
public record OutputsPerUser(Kind kind, double dispersion) {
    public enum Kind { POISSON, NEGATIVE_BINOMIAL }

    public OutputsPerUser {
        if (kind == Kind.NEGATIVE_BINOMIAL && !(dispersion > 0 && Double.isFinite(dispersion))) {
            throw new IllegalArgumentException("negative binomial dispersion k must be positive (got " + dispersion + ")");
        }
    }

    public static OutputsPerUser poisson() {
        return new OutputsPerUser(Kind.POISSON, Double.NaN);
    }

    public static OutputsPerUser negativeBinomial(double dispersion) {
        return new OutputsPerUser(Kind.NEGATIVE_BINOMIAL, dispersion);
    }

    /** One uncapped draw. */
    long sample(SplittableRandom r, double mean) {
        return kind == Kind.POISSON ? Variates.poisson(r, mean) : Variates.negativeBinomial(r, mean, dispersion);
    }

    /** P(X = j). */
    double pmf(double mean, int j) {
        if (mean == 0) return j == 0 ? 1 : 0;
        if (kind == Kind.POISSON) return Math.exp(-mean + j * Math.log(mean) - Variates.logFactorial(j));
        double k = dispersion;
        return Math.exp(LogGamma.of(k + j) - LogGamma.of(k) - Variates.logFactorial(j)
                + k * Math.log(k / (k + mean)) + j * Math.log(mean / (k + mean)));
    }

    /** E[min(X, cap)] (cap ≤ 0 means no cap). */
    double cappedMean(double mean, int cap) {
        if (cap <= 0) return mean;
        double below = 0, tail = 1;
        for (int j = 0; j < cap; j++) {
            double p = pmf(mean, j);
            below += j * p;
            tail -= p;
        }
        return below + cap * Math.max(0, tail);
    }

    /** Sum of {@code users} independent uncapped draws (exact: Poisson or negative binomial sums). */
    long sampleSum(SplittableRandom r, long users, double mean) {
        if (users == 0 || mean == 0) return 0;
        if (kind == Kind.POISSON) return Variates.poisson(r, users * mean);
        return Variates.poisson(r, Variates.gamma(r, users * dispersion, mean / dispersion));
    }

    String describe() {
        return kind == Kind.POISSON ? "Poisson" : "negative binomial (k = " + dispersion + ")";
    }
}
