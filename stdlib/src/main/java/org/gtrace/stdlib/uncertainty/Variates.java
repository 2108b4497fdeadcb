package org.gtrace.stdlib.uncertainty;

import java.util.SplittableRandom;

/**
 * Random variates the Monte Carlo and the simulation engines draw, written here on primitives
 * because the hot loops cannot afford boxing, and because no library on Maven Central gives
 * exact, fast binomial and Poisson draws over {@link SplittableRandom} (which is what makes runs
 * reproducible block by block).
 *
 * <p>Algorithms: normal by the ziggurat method ({@link Ziggurat}); Poisson by inversion below a mean of 10 and
 * by Hörmann's PTRS (transformed rejection with squeeze, 1993) above; binomial by inversion when
 * {@code n·min(p,1-p) < 10} and by Hörmann's BTRS above; gamma by Marsaglia and Tsang (2000).
 * All are exact (no normal approximation), so the aggregate simulation engine has the same
 * distribution as the per-agent one.
 */
public final class Variates {
    private Variates() {}

    /** One standard normal draw (ziggurat). */
    public static double standardNormal(SplittableRandom r) {
        return Ziggurat.next(r);
    }

    /** Fills {@code out[0..n)} with standard normal draws. */
    public static void fillStandardNormal(SplittableRandom r, double[] out, int n) {
        for (int i = 0; i < n; i++) out[i] = Ziggurat.next(r);
    }

    /** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("probability must be strictly between 0 and 1: " + p);
        final double pLow = 0.02425;
        if (p < pLow) {
            double q = Math.sqrt(-2 * Math.log(p));
            return tail(q);
        }
        if (p > 1 - pLow) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -tail(q);
        }
        double q = p - 0.5, r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }

    /**
     * The standard normal CDF Φ(x), by Marsaglia's Taylor series (2004, "Evaluating the normal
     * distribution"), accurate to about 10⁻¹⁵ absolute; beyond ±8.3 it is 0 or 1 in doubles.
     */
    public static double normalCdf(double x) {
        if (x < -8.3) return 0;
        if (x > 8.3) return 1;
        double s = x, t = 0, b = x, q = x * x, i = 1;
        while (s != t) {
            t = s;
            i += 2;
            b *= q / i;
            s = t + b;
        }
        return 0.5 + s * Math.exp(-0.5 * q - 0.91893853320467274178);
    }

    private static double tail(double q) {
        return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
    }

    /** A Poisson draw with the given mean (≥ 0). */
    public static long poisson(SplittableRandom r, double mean) {
        if (!(mean >= 0) || !Double.isFinite(mean)) throw new IllegalArgumentException("Poisson mean must be finite and ≥ 0: " + mean);
        if (mean == 0) return 0;
        return mean < 10 ? poissonInversion(r, mean) : poissonPtrs(r, mean);
    }

    private static long poissonInversion(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean), prod = r.nextDouble();
        long k = 0;
        while (prod > limit) {
            k++;
            prod *= r.nextDouble();
        }
        return k;
    }

    private static long poissonPtrs(SplittableRandom r, double lam) {
        double slam = Math.sqrt(lam), loglam = Math.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = r.nextDouble() - 0.5, v = r.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lam + k * loglam - logFactorial(k)) {
                return k;
            }
        }
    }

    /** A binomial draw: successes in {@code n} trials of probability {@code p}. */
    public static long binomial(SplittableRandom r, long n, double p) {
        if (n < 0) throw new IllegalArgumentException("binomial trials must be ≥ 0: " + n);
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("binomial probability must be in [0, 1]: " + p);
        if (n == 0 || p == 0) return 0;
        if (p == 1) return n;
        if (p > 0.5) return n - binomial(r, n, 1 - p);
        return n * p < 10 ? binomialInversion(r, n, p) : binomialBtrs(r, n, p);
    }

    private static long binomialInversion(SplittableRandom r, long n, double p) {
        double q = 1 - p, s = p / q, a = (n + 1) * s;
        while (true) {
            double prob = Math.exp(n * Math.log1p(-p)), u = r.nextDouble();
            long x = 0;
            while (u > prob) {
                u -= prob;
                x++;
                if (x > n) break;
                prob *= a / x - s;
            }
            if (x <= n) return x; // rounding left u unconsumed past n: draw again
        }
    }

    private static long binomialBtrs(SplittableRandom r, long n, double p) {
        double q = 1 - p, spq = Math.sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double lpq = Math.log(p / q);
        long m = (long) Math.floor((n + 1) * p);
        double h = logFactorial(m) + logFactorial(n - m);
        while (true) {
            double u = r.nextDouble() - 0.5, v = r.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) continue;
            if (us >= 0.07 && v <= vr) return k;
            double lv = Math.log(v * alpha / (a / (us * us) + b));
            if (lv <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
        }
    }

    /** A gamma draw with the given shape and scale (Marsaglia-Tsang; shape < 1 by boosting). */
    public static double gamma(SplittableRandom r, double shape, double scale) {
        if (!(shape > 0) || !(scale > 0)) throw new IllegalArgumentException("gamma shape and scale must be > 0");
        if (shape < 1) {
            double u = r.nextDouble();
            return gamma(r, shape + 1, scale) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x, v;
            do {
                x = standardNormal(r);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
            if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
        }
    }

    /**
     * A negative binomial draw with the given mean and dispersion (size) {@code k}: a Poisson
     * whose mean is gamma-distributed, variance {@code mean + mean²/k}.
     */
    public static long negativeBinomial(SplittableRandom r, double mean, double k) {
        if (mean == 0) return 0;
        return poisson(r, gamma(r, k, mean / k));
    }

    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int i = 1; i < LOG_FACTORIAL.length; i++) LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
    }

    /** ln(k!), exact from a table below 256 and by Stirling's series above (error < 1e-15 relative). */
    public static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) return LOG_FACTORIAL[(int) k];
        double x = k + 1.0, inv = 1 / x, inv2 = inv * inv;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }
}
