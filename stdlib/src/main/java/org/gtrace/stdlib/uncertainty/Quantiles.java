package org.gtrace.stdlib.uncertainty;

import java.util.Arrays;

/**
 * Exact sample quantiles without sorting the whole sample. Definition: linear interpolation
 * between the closest ranks ({@code h = (n-1)p}), Hyndman and Fan's type 7, the default of R
 * and NumPy, so figures compare one to one.
 *
 * <p>Sorting 10M doubles takes most of a second; instead one histogram pass locates the bin that
 * holds each wanted rank, one more pass gathers those bins, and the search continues inside
 * them (usually a few thousand values). The result is exact order statistics, independent of
 * the order of the data, hence of the thread count that produced it.
 */
public final class Quantiles {
    private static final int SORT_BELOW = 4096;
    private static final int BINS = 1 << 14;

    private Quantiles() {}

    /** Type-7 quantile of an already sorted array. */
    public static double sorted(double[] sorted, double p) {
        checkP(p);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Type-7 quantiles of {@code data[0..n)} for each probability; the data are not modified. */
    public static double[] of(double[] data, int n, double... ps) {
        if (n <= 0) throw new IllegalArgumentException("quantiles of an empty sample");
        long[] ranks = new long[ps.length * 2];
        for (int i = 0; i < ps.length; i++) {
            checkP(ps[i]);
            double h = (n - 1) * ps[i];
            ranks[2 * i] = (long) Math.floor(h);
            ranks[2 * i + 1] = Math.min(ranks[2 * i] + 1, n - 1);
        }
        double[] stats = orderStatistics(data, n, ranks);
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double h = (n - 1) * ps[i];
            double lo = stats[2 * i], hi = stats[2 * i + 1];
            out[i] = lo + (h - Math.floor(h)) * (hi - lo);
        }
        return out;
    }

    /** The values of rank {@code ranks[j]} (0 = smallest) among {@code data[0..n)}. */
    static double[] orderStatistics(double[] data, int n, long[] ranks) {
        if (n <= SORT_BELOW) {
            double[] copy = Arrays.copyOf(data, n);
            Arrays.sort(copy);
            double[] out = new double[ranks.length];
            for (int j = 0; j < ranks.length; j++) out[j] = copy[(int) ranks[j]];
            return out;
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = data[i];
            if (x < min) min = x;
            if (x > max) max = x;
        }
        double[] out = new double[ranks.length];
        if (min == max) {
            Arrays.fill(out, min);
            return out;
        }
        double scale = BINS / (max - min);
        if (!Double.isFinite(scale)) scale = BINS / (max / 2 - min / 2) / 2;
        int[] counts = new int[BINS];
        for (int i = 0; i < n; i++) counts[bin(data[i], min, scale)]++;
        long[] below = new long[BINS + 1];
        for (int b = 0; b < BINS; b++) below[b + 1] = below[b] + counts[b];
        int[] binOf = new int[ranks.length];
        for (int j = 0; j < ranks.length; j++) binOf[j] = findBin(below, ranks[j]);
        double[][] gathered = gather(data, n, min, scale, counts, binOf);
        for (int j = 0; j < ranks.length; j++) {
            int b = binOf[j];
            out[j] = orderStatistics(gathered[b], counts[b], new long[] {ranks[j] - below[b]})[0];
        }
        return out;
    }

    private static int bin(double x, double min, double scale) {
        int b = (int) ((x - min) * scale);
        return b >= BINS ? BINS - 1 : b;
    }

    private static int findBin(long[] below, long rank) {
        int b = Arrays.binarySearch(below, rank + 1);
        if (b < 0) b = -b - 1;
        // below[b] >= rank+1: the first bin whose cumulative count covers the rank
        while (b > 0 && below[b - 1] >= rank + 1) b--;
        return b - 1;
    }

    private static double[][] gather(double[] data, int n, double min, double scale, int[] counts, int[] bins) {
        double[][] gathered = new double[BINS][];
        for (int b : bins) if (gathered[b] == null) gathered[b] = new double[counts[b]];
        int[] fill = new int[BINS];
        for (int i = 0; i < n; i++) {
            int b = bin(data[i], min, scale);
            double[] g = gathered[b];
            if (g != null) g[fill[b]++] = data[i];
        }
        return gathered;
    }

    private static void checkP(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("quantile probability must be in [0, 1]: " + p);
    }
}
