package org.gtrace.stdlib.uncertainty;

/**
 * Sum and centred sum of squares per block, merged in block order (Chan, Golub and LeVeque's
 * pairwise update): the mean and standard deviation of a run do not depend on which thread
 * summed which block, so a seeded run gives the same bits on any thread count.
 */
final class Moments {
    private final double[] sum;
    private final double[] m2;
    private final int[] count;

    Moments(int blocks) {
        sum = new double[blocks];
        m2 = new double[blocks];
        count = new int[blocks];
    }

    /** Records block {@code b}: values {@code y[from..from+len)}; false when their sum is not finite. */
    boolean record(int b, double[] y, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) s += y[i];
        if (!Double.isFinite(s)) return false;
        double mean = s / len, q = 0;
        for (int i = from; i < from + len; i++) q += (y[i] - mean) * (y[i] - mean);
        sum[b] = s;
        m2[b] = q;
        count[b] = len;
        return true;
    }

    double mean(int n) {
        double s = 0;
        for (double v : sum) s += v;
        return s / n;
    }

    double standardDeviation(int n) {
        double total = 0, mean = 0, m = 0;
        for (int b = 0; b < sum.length; b++) {
            double nb = count[b], meanB = sum[b] / nb, delta = meanB - mean, t = total + nb;
            m += m2[b] + delta * delta * total * nb / t;
            mean += delta * nb / t;
            total = t;
        }
        return n > 1 ? Math.sqrt(m / (n - 1)) : 0;
    }
}
