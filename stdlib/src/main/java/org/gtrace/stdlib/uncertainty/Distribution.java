package org.gtrace.stdlib.uncertainty;

import java.util.SplittableRandom;

/**
 * What is known about one uncertain input, in base units (kWh, h, kgCO2e, L, outputs, kg/kWh ...).
 *
 * <p>Five forms, each with its moments and quantiles in closed form so that tests can check the
 * sampler against them and the tornado chart can put an input at its own p5 and p95:
 * <ul>
 *   <li>{@link Point}: a known value;</li>
 *   <li>{@link Uniform}: a range {@code a .. b}, every value equally likely;</li>
 *   <li>{@link Normal}: what {@code x ± p%} means here: normal with mean {@code x} and the
 *       half-width {@code p% of x} taken as two standard deviations, so about 95% of draws fall
 *       inside the written band (see {@link #plusMinusPercent});</li>
 *   <li>{@link LogNormal}: a median and a geometric standard deviation (GSD), for positive
 *       figures known within a factor ("6 Wh, within a factor of 2");</li>
 *   <li>{@link Triangular}: low, most likely, high;</li>
 *   <li>{@link Empirical}: a sample (telemetry, a set of published figures) drawn with
 *       replacement;</li>
 *   <li>{@link Truncated}: another distribution kept within bounds (a share within 0..1, a PUE of
 *       at least 1), a draw outside them drawn again.</li>
 * </ul>
 *
 * <p>Every distribution knows its support ({@link #low()}, {@link #high()}), so arithmetic can
 * refuse a division by something that can be zero before anything is drawn, and its CDF and
 * inverse, so correlated inputs can be drawn through a Gaussian copula.
 *
 * <p>Contract: {@link #fill} draws {@code n} values one after another from the generator, so
 * filling 10 then 20 values gives the same 30 values as filling 30 at once. The engines rely on it
 * to evaluate a block of draws in smaller pieces without changing the draws.
 */
public sealed interface Distribution
        permits Distribution.Point, Distribution.Uniform, Distribution.Normal, Distribution.LogNormal,
        Distribution.Triangular, Distribution.Empirical, Distribution.Truncated {

    /** One draw. */
    double sample(SplittableRandom random);

    /** Fills {@code out[0..n)} with independent draws; hot loops call this, not {@link #sample}. */
    default void fill(SplittableRandom random, double[] out, int n) {
        for (int i = 0; i < n; i++) out[i] = sample(random);
    }

    double mean();

    double variance();

    /** The value below which a fraction {@code p} (0 < p < 1) of draws fall. */
    double quantile(double p);

    /** How a user would write it: "0.006", "2 .. 4", "0.006 ± 20%", "lognormal(6, 1.5)". */
    default String describe() {
        return describe(Numbers::text);
    }

    /** The same with each value written by {@code value} (in a unit: "2 Wh .. 4 Wh", "6 Wh ± 20%"). */
    String describe(java.util.function.DoubleFunction<String> value);

    /** The least value a draw can take (negative infinity when unbounded). */
    double low();

    /** The largest value a draw can take (infinity when unbounded). */
    double high();

    /** The fraction of draws at or below {@code x}. */
    double cdf(double x);

    /**
     * The value as written, used where one number must stand for the input (a derivation read at
     * central values): the midpoint of a range, the centre of a ±, a lognormal's median, a
     * normal's mean, a triangular's mode, an empirical sample's mean.
     */
    double central();

    /** The draw a uniform {@code u} in (0, 1) maps to (the inverse CDF), for correlated draws. */
    default double fromUniform(double u) {
        return quantile(Math.min(Math.max(u, 1e-15), 1 - 1e-15));
    }

    default double standardDeviation() {
        return Math.sqrt(variance());
    }

    default boolean isPoint() {
        return false;
    }

    static Distribution point(double value) {
        return new Point(value);
    }

    static Distribution range(double low, double high) {
        return new Uniform(low, high);
    }

    /**
     * {@code centre ± percent%}: normal, mean {@code centre}, standard deviation
     * {@code |centre| × percent / 100 / 2} (the band is ±2σ, about 95.4% of draws), cut at ±4σ
     * (twice the written band, 0.006% of the mass), so a draw never strays further than twice
     * what was written and a ± of at most 50% around a positive value never reaches zero. Wider
     * spreads of positive figures should be written as a lognormal.
     */
    static Distribution plusMinusPercent(double centre, double percent) {
        requireFinite(centre, "the value before ±");
        if (!(percent >= 0) || percent > 50) {
            throw new IllegalArgumentException("± percentage must be between 0% and 50% (got " + percent
                    + "%); for a wider spread use lognormal(median, gsd)");
        }
        if (percent > 0 && centre == 0) {
            throw new IllegalArgumentException("a ± percentage of zero is zero: no spread; write the spread in the value's unit,"
                    + " such as 0 kWh ± 1 kWh, or a range");
        }
        return percent == 0 ? new Point(centre) : band(centre, Math.abs(centre) * percent / 200.0);
    }

    /** {@code centre ± halfWidth} in absolute terms: normal, the half-width as two standard deviations, cut at four. */
    static Distribution plusMinus(double centre, double halfWidth) {
        requireFinite(centre, "the value before ±");
        if (!(halfWidth >= 0) || !Double.isFinite(halfWidth)) {
            throw new IllegalArgumentException("the spread after ± must be a finite value ≥ 0 (got " + halfWidth + ")");
        }
        return halfWidth == 0 ? new Point(centre) : band(centre, halfWidth / 2);
    }

    /** How many standard deviations a ± band's normal reaches before it is cut. */
    double BAND_CUT_SIGMAS = 4;

    private static Distribution band(double centre, double sigma) {
        Normal n = new Normal(centre, sigma);
        return new Truncated(n, centre - BAND_CUT_SIGMAS * sigma, centre + BAND_CUT_SIGMAS * sigma, true);
    }

    static Distribution normal(double mean, double sd) {
        return new Normal(mean, sd);
    }

    static Distribution triangular(double low, double mode, double high) {
        return new Triangular(low, mode, high);
    }

    static Distribution lognormal(double median, double gsd) {
        return new LogNormal(median, gsd);
    }

    static Distribution empirical(double... sample) {
        return new Empirical(sample);
    }

    /** {@code base} kept within {@code [low, high]}: a draw outside is drawn again. */
    static Distribution truncated(Distribution base, double low, double high) {
        if (low <= base.low() && high >= base.high()) return base;
        return new Truncated(base, low, high, false);
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " is not a finite number: " + v);
    }

    /** A known value. */
    record Point(double value) implements Distribution {
        public Point {
            requireFinite(value, "point value");
        }

        @Override public double sample(SplittableRandom random) { return value; }
        @Override public void fill(SplittableRandom random, double[] out, int n) {
            java.util.Arrays.fill(out, 0, n, value);
        }
        @Override public double mean() { return value; }
        @Override public double variance() { return 0; }
        @Override public double quantile(double p) { return value; }
        @Override public String describe(java.util.function.DoubleFunction<String> v) { return v.apply(value); }
        @Override public boolean isPoint() { return true; }
        @Override public double low() { return value; }
        @Override public double high() { return value; }
        @Override public double cdf(double x) { return x >= value ? 1 : 0; }
        @Override public double central() { return value; }
    }

    /** Every value in {@code [low, high]} equally likely. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            requireFinite(low, "range start");
            requireFinite(high, "range end");
            if (high < low) {
                throw new IllegalArgumentException("range " + low + " .. " + high
                        + " runs backwards; write the smaller value first");
            }
        }

        @Override public double sample(SplittableRandom random) {
            return low + (high - low) * random.nextDouble();
        }
        @Override public void fill(SplittableRandom random, double[] out, int n) {
            double w = high - low;
            for (int i = 0; i < n; i++) out[i] = low + w * random.nextDouble();
        }
        @Override public double mean() { return (low + high) / 2; }
        @Override public double variance() { return (high - low) * (high - low) / 12; }
        @Override public double quantile(double p) { return low + (high - low) * p; }
        @Override public String describe(java.util.function.DoubleFunction<String> v) {
            return v.apply(low) + " .. " + v.apply(high);
        }
        @Override public double cdf(double x) {
            return x <= low ? 0 : x >= high ? 1 : (x - low) / (high - low);
        }
        @Override public double central() { return (low + high) / 2; }
    }

    /** Normal with the given mean and standard deviation. */
    record Normal(double mu, double sigma) implements Distribution {
        public Normal {
            requireFinite(mu, "mean");
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("standard deviation must be positive and finite (got " + sigma + ")");
            }
        }

        @Override public double sample(SplittableRandom random) {
            return mu + sigma * Variates.standardNormal(random);
        }
        @Override public void fill(SplittableRandom random, double[] out, int n) {
            Variates.fillStandardNormal(random, out, n);
            for (int i = 0; i < n; i++) out[i] = mu + sigma * out[i];
        }
        @Override public double mean() { return mu; }
        @Override public double variance() { return sigma * sigma; }
        @Override public double quantile(double p) { return mu + sigma * Variates.normalQuantile(p); }
        @Override public String describe(java.util.function.DoubleFunction<String> v) {
            return v.apply(mu) + " ± " + Numbers.text(200 * sigma / Math.abs(mu)) + "%";
        }
        @Override public double low() { return Double.NEGATIVE_INFINITY; }
        @Override public double high() { return Double.POSITIVE_INFINITY; }
        @Override public double cdf(double x) { return Variates.normalCdf((x - mu) / sigma); }
        @Override public double central() { return mu; }
    }

    /** Lognormal: {@code ln X} is normal with mean {@code ln median} and sd {@code ln gsd}. */
    record LogNormal(double median, double gsd) implements Distribution {
        public LogNormal {
            if (!(median > 0) || !Double.isFinite(median)) {
                throw new IllegalArgumentException("lognormal median must be positive (got " + median + ")");
            }
            if (!(gsd >= 1) || !Double.isFinite(gsd)) {
                throw new IllegalArgumentException("lognormal spread (geometric standard deviation) must be at least 1 (got "
                        + gsd + "); 1.5 means 'within a factor of 1.5 at one sigma'");
            }
        }

        double logSigma() {
            return Math.log(gsd);
        }

        @Override public double sample(SplittableRandom random) {
            return median * Math.exp(logSigma() * Variates.standardNormal(random));
        }
        @Override public void fill(SplittableRandom random, double[] out, int n) {
            Variates.fillStandardNormal(random, out, n);
            double s = logSigma();
            for (int i = 0; i < n; i++) out[i] = median * Math.exp(s * out[i]);
        }
        @Override public double mean() {
            double s = logSigma();
            return median * Math.exp(s * s / 2);
        }
        @Override public double variance() {
            double s2 = logSigma() * logSigma();
            return median * median * Math.exp(s2) * (Math.exp(s2) - 1);
        }
        @Override public double quantile(double p) {
            return median * Math.exp(logSigma() * Variates.normalQuantile(p));
        }
        @Override public String describe(java.util.function.DoubleFunction<String> v) {
            return "lognormal(" + v.apply(median) + ", " + Numbers.text(gsd) + ")";
        }
        @Override public double low() { return 0; }
        @Override public double high() { return Double.POSITIVE_INFINITY; }
        @Override public double cdf(double x) {
            return x <= 0 ? 0 : Variates.normalCdf(Math.log(x / median) / logSigma());
        }
        @Override public double central() { return median; }
    }

    /** Triangular on [low, high] with its peak at {@code mode}. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            requireFinite(low, "triangular low");
            requireFinite(mode, "triangular mode");
            requireFinite(high, "triangular high");
            if (!(low <= mode && mode <= high && low < high)) {
                throw new IllegalArgumentException("triangular needs low ≤ mode ≤ high with low < high (got "
                        + low + ", " + mode + ", " + high + ")");
            }
        }

        @Override public double sample(SplittableRandom random) {
            return quantile(random.nextDouble());
        }
        @Override public double mean() { return (low + mode + high) / 3; }
        @Override public double variance() {
            return (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18;
        }
        @Override public double quantile(double p) {
            double w = high - low, c = (mode - low) / w;
            return p < c ? low + Math.sqrt(p * w * (mode - low)) : high - Math.sqrt((1 - p) * w * (high - mode));
        }
        @Override public String describe(java.util.function.DoubleFunction<String> v) {
            return "triangular(" + v.apply(low) + ", " + v.apply(mode) + ", " + v.apply(high) + ")";
        }
        @Override public double cdf(double x) {
            if (x <= low) return 0;
            if (x >= high) return 1;
            double w = high - low;
            return x <= mode ? (x - low) * (x - low) / (w * (mode - low)) : 1 - (high - x) * (high - x) / (w * (high - mode));
        }
        @Override public double central() { return mode; }
    }

    /** A sample drawn from with replacement (bootstrap). */
    record Empirical(double[] values) implements Distribution {
        public Empirical {
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException("an empirical distribution needs at least one value");
            }
            values = values.clone();
            for (double v : values) requireFinite(v, "empirical value");
            java.util.Arrays.sort(values);
        }

        /** The values, sorted ascending (a copy). */
        @Override public double[] values() { return values.clone(); }

        @Override public double sample(SplittableRandom random) {
            return values[random.nextInt(values.length)];
        }
        @Override public void fill(SplittableRandom random, double[] out, int n) {
            int m = values.length;
            for (int i = 0; i < n; i++) out[i] = values[random.nextInt(m)];
        }
        @Override public double mean() {
            double s = 0;
            for (double v : values) s += v;
            return s / values.length;
        }
        @Override public double variance() {
            double m = mean(), s = 0;
            for (double v : values) s += (v - m) * (v - m);
            return s / values.length;
        }
        @Override public double quantile(double p) {
            return Quantiles.sorted(values, p);
        }
        @Override public String describe(java.util.function.DoubleFunction<String> v) {
            return "empirical(" + values.length + " values, " + v.apply(values[0]) + " .. " + v.apply(values[values.length - 1]) + ")";
        }
        @Override public double low() { return values[0]; }
        @Override public double high() { return values[values.length - 1]; }
        @Override public double cdf(double x) {
            int i = java.util.Arrays.binarySearch(values, Math.nextUp(x));
            return (double) (i < 0 ? -i - 1 : i) / values.length;
        }
        @Override public double central() { return mean(); }
        /** Resampling: a uniform picks one of the values, each equally likely. */
        @Override public double fromUniform(double u) {
            return values[Math.min(values.length - 1, (int) (u * values.length))];
        }
        @Override public boolean equals(Object o) {
            return o instanceof Empirical e && java.util.Arrays.equals(values, e.values);
        }
        @Override public int hashCode() { return java.util.Arrays.hashCode(values); }
        @Override public String toString() { return describe(); }
    }

    /**
     * {@code base} kept within {@code [low, high]}: a draw outside is drawn again (and after 64
     * misses taken by inversion, so a narrow window costs no more than a quantile). Moments are
     * integrated numerically from the quantile function.
     *
     * @param band true for a ± band's own cut at four standard deviations, which its description leaves unsaid
     */
    final class Truncated implements Distribution {
        private final Distribution base;
        private final double low;
        private final double high;
        private final boolean band;
        private final double lowMass;
        private final double mass;
        /** Mean and variance, integrated on first use (a bound check builds many that nobody asks). */
        private volatile double[] moments;

        public Truncated(Distribution base, double low, double high, boolean band) {
            this.base = java.util.Objects.requireNonNull(base, "base");
            this.low = Math.max(low, base.low());
            this.high = Math.min(high, base.high());
            this.band = band;
            if (!(this.low <= this.high)) {
                throw new IllegalArgumentException("the bounds " + low + " .. " + high + " leave nothing to draw");
            }
            this.lowMass = base.cdf(this.low);
            this.mass = base.cdf(this.high) - lowMass;
            if (!(mass > 0) && this.low != this.high) {
                throw new IllegalArgumentException(base.describe() + " puts no weight within " + Numbers.text(this.low) + " .. "
                        + Numbers.text(this.high));
            }
        }

        public Distribution base() { return base; }
        @Override public double low() { return low; }
        @Override public double high() { return high; }
        /** True for a ± band's own cut at four standard deviations, which its description leaves unsaid. */
        public boolean band() { return band; }

        /** Kept once computed: simulations ask for a per-output distribution's moments once per group and day. */
        private double[] moments() {
            double[] m = moments;
            if (m == null) moments = m = integrate(); // a race computes the same array twice, harmlessly
            return m;
        }

        private double[] integrate() {
            if (base instanceof Normal n) {
                double a = (low - n.mu()) / n.sigma(), b = (high - n.mu()) / n.sigma();
                double z = Variates.normalCdf(b) - Variates.normalCdf(a);
                double pa = density(a), pb = density(b);
                double t0 = (pa - pb) / z, t1 = (times(a, pa) - times(b, pb)) / z;
                return new double[] {n.mu() + n.sigma() * t0, n.sigma() * n.sigma() * (1 + t1 - t0 * t0)};
            }
            double m1 = Integrals.ofQuantile(this, 1);
            return new double[] {m1, Math.max(0, Integrals.ofQuantile(this, 2) - m1 * m1)};
        }

        private static double density(double x) {
            return Double.isInfinite(x) ? 0 : Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        }

        private static double times(double x, double density) {
            return density == 0 ? 0 : x * density;
        }

        @Override public double sample(SplittableRandom random) {
            for (int tries = 0; tries < 64; tries++) {
                double x = base.sample(random);
                if (x >= low && x <= high) return x;
            }
            return fromUniform(random.nextDouble());
        }

        /** The same draws as {@link #sample} one after another; a normal base (a ± band) without a call per draw. */
        @Override public void fill(SplittableRandom random, double[] out, int n) {
            if (!(base instanceof Normal nb)) {
                for (int i = 0; i < n; i++) out[i] = sample(random);
                return;
            }
            double mu = nb.mu(), sigma = nb.sigma();
            for (int i = 0; i < n; i++) {
                double x = mu + sigma * Variates.standardNormal(random);
                if (x < low || x > high) x = redraw(random, mu, sigma);
                out[i] = x;
            }
        }

        /** What {@link #sample} does after its first miss, for a normal base. */
        private double redraw(SplittableRandom random, double mu, double sigma) {
            for (int tries = 1; tries < 64; tries++) {
                double x = mu + sigma * Variates.standardNormal(random);
                if (x >= low && x <= high) return x;
            }
            return fromUniform(random.nextDouble());
        }

        @Override public double mean() { return moments()[0]; }
        @Override public double variance() { return moments()[1]; }
        @Override public double quantile(double p) {
            if (!(p > 0 && p < 1)) throw new IllegalArgumentException("probability must be strictly between 0 and 1: " + p);
            return fromUniform(p);
        }
        @Override public double fromUniform(double u) {
            double x = base.fromUniform(lowMass + u * mass);
            return Math.min(high, Math.max(low, x));
        }
        @Override public double cdf(double x) {
            return x < low ? 0 : x >= high ? 1 : (base.cdf(x) - lowMass) / mass;
        }
        @Override public double central() { return Math.min(high, Math.max(low, base.central())); }
        @Override public boolean isPoint() { return low == high; }
        @Override public String describe(java.util.function.DoubleFunction<String> v) {
            return band ? base.describe(v) : base.describe(v) + " within " + v.apply(low) + " .. " + v.apply(high);
        }
        @Override public boolean equals(Object o) {
            return o instanceof Truncated t && base.equals(t.base) && low == t.low && high == t.high && band == t.band;
        }
        @Override public int hashCode() { return java.util.Objects.hash(base, low, high, band); }
        @Override public String toString() { return describe(); }
    }
}
