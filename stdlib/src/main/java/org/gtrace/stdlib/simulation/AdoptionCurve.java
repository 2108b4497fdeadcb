package org.gtrace.stdlib.simulation;

/**
 * The share of the population that has adopted by time {@code t} (days since launch): a
 * cumulative curve from 0 at {@code t = 0} rising towards 1. How much adopters then use the
 * product, and how that fades, is {@link Engagement}'s part.
 */
public sealed interface AdoptionCurve permits AdoptionCurve.Bass, AdoptionCurve.Logistic {

    /** Cumulative adopted share at day {@code t} (F(0) = 0, non-decreasing, below 1). */
    double cumulative(double t);

    /** Probability that someone not yet adopted at the start of day {@code d} adopts that day. */
    default double hazard(int d) {
        double f0 = cumulative(d), f1 = cumulative(d + 1);
        return f0 >= 1 ? 1 : Math.min(1, Math.max(0, (f1 - f0) / (1 - f0)));
    }

    String describe();

    /**
     * Bass diffusion: {@code F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t})}.
     *
     * @param innovation  p, the daily rate of adoption from outside influence (press, launch)
     * @param imitation   q, the daily rate of adoption from those who already adopted (sharing)
     */
    record Bass(double innovation, double imitation) implements AdoptionCurve {
        public Bass {
            if (!(innovation > 0 && innovation <= 1)) {
                throw new IllegalArgumentException("Bass innovation p must be in (0, 1] per day (got " + innovation + ")");
            }
            if (!(imitation >= 0 && imitation <= 10)) {
                throw new IllegalArgumentException("Bass imitation q must be in [0, 10] per day (got " + imitation + ")");
            }
        }

        @Override public double cumulative(double t) {
            double e = Math.exp(-(innovation + imitation) * t);
            return (1 - e) / (1 + imitation / innovation * e);
        }

        @Override public String describe() {
            return "Bass diffusion (p = " + innovation + "/day, q = " + imitation + "/day)";
        }
    }

    /**
     * Logistic rise: {@code L(t) = 1 / (1 + e^{−k(t − t0)})}, rescaled so that {@code F(0) = 0}:
     * {@code F(t) = (L(t) − L(0)) / (1 − L(0))}.
     *
     * @param rate     k, steepness per day
     * @param midpoint t0, the day by which about half have adopted
     */
    record Logistic(double rate, double midpoint) implements AdoptionCurve {
        public Logistic {
            if (!(rate > 0 && rate <= 20)) throw new IllegalArgumentException("logistic rate must be in (0, 20] per day (got " + rate + ")");
            if (!(midpoint >= 0 && midpoint <= 3650)) {
                throw new IllegalArgumentException("logistic midpoint must be a day in [0, 3650] (got " + midpoint + ")");
            }
        }

        private double raw(double t) {
            return 1 / (1 + Math.exp(-rate * (t - midpoint)));
        }

        @Override public double cumulative(double t) {
            double l0 = raw(0);
            return (raw(t) - l0) / (1 - l0);
        }

        @Override public String describe() {
            return "logistic (rate " + rate + "/day, midpoint day " + midpoint + ")";
        }
    }
}
