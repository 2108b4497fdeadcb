package org.gtrace.stdlib.uncertainty;

import java.util.Objects;

/**
 * A rank (Spearman) correlation between two uncertain inputs, drawn through a Gaussian copula:
 * the inputs keep their own distributions, and their ranks move together by {@code rank}.
 *
 * @param a    one input
 * @param b    the other
 * @param rank Spearman's rho, strictly between -1 and 1
 */
public record Correlation(Formula.Input a, Formula.Input b, double rank) {
    public Correlation {
        Objects.requireNonNull(a, "input");
        Objects.requireNonNull(b, "input");
        if (a.key().equals(b.key())) throw new CorrelationError("an input is correlated with itself already: '" + a.key() + "'");
        if (!(rank > -1 && rank < 1)) {
            throw new CorrelationError("a rank correlation must be strictly between -1 and 1 (got " + rank + ")");
        }
    }

    /** The normal copula's correlation that gives this rank correlation: r = 2 sin(π ρ / 6). */
    double copula() {
        return 2 * Math.sin(Math.PI * rank / 6);
    }
}
