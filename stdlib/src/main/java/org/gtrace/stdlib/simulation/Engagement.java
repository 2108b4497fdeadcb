package org.gtrace.stdlib.simulation;

/**
 * How often an adopter comes back: on the day of adoption an adopter is active with probability
 * {@code activeProbability}; that probability halves every {@code halfLifeDays} after (the decay
 * of a fad). {@code halfLifeDays = ∞} means no decay.
 */
public record Engagement(double activeProbability, double halfLifeDays) {
    public Engagement {
        if (!(activeProbability > 0 && activeProbability <= 1)) {
            throw new IllegalArgumentException("daily active probability must be in (0, 1] (got " + activeProbability + ")");
        }
        if (!(halfLifeDays > 0)) {
            throw new IllegalArgumentException("engagement half-life must be positive days, or infinite for no decay (got "
                    + halfLifeDays + ")");
        }
    }

    public static Engagement constant(double activeProbability) {
        return new Engagement(activeProbability, Double.POSITIVE_INFINITY);
    }

    /** Probability an adopter of age {@code ageDays} (0 on the day of adoption) is active. */
    public double activeProbability(int ageDays) {
        return Double.isInfinite(halfLifeDays) ? activeProbability
                : activeProbability * Math.pow(0.5, ageDays / halfLifeDays);
    }
}
