package org.gtrace.stdlib.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How much one input drives the spread of a result, read from the joint draws (no input is moved
 * on its own, so interactions, bounds and additive terms count as they are):
 * <ul>
 *   <li>the result's mean over the draws where this input was in its lowest tenth, and over those
 *       where it was in its highest tenth (the tornado's bar runs from one to the other);</li>
 *   <li>Spearman's rank correlation between the input's draws and the result's.</li>
 * </ul>
 * Both use the first {@value Propagation#SENSITIVITY_SAMPLES} samples. Inputs are ranked by
 * swing, the order a tornado chart draws them.
 *
 * @param input           the input's name
 * @param distribution    how it was given
 * @param inputLow        the input's 10th percentile over the draws used
 * @param inputHigh       its 90th percentile
 * @param outputAtLow     the result's mean over draws with the input at or below {@code inputLow}
 * @param outputAtHigh    the result's mean over draws with the input at or above {@code inputHigh}
 * @param outputMean      the result's mean over all the draws used
 * @param rankCorrelation Spearman's rho between the input and the result (0 for a point)
 */
public record Sensitivity(String input, String distribution, double inputLow, double inputHigh, double outputAtLow,
                          double outputAtHigh, double outputMean, double rankCorrelation) {

    /** |mean with the input high − mean with it low|. */
    public double swing() {
        return Math.abs(outputAtHigh - outputAtLow);
    }

    /** One input's draws, as kept by a run. */
    record Drawn(String name, String distribution, double[] draws) {}

    static List<Sensitivity> fromDraws(List<Drawn> inputs, double[] output) {
        return Inputs.of(inputs).against(output);
    }

    /**
     * The inputs' ranks and tenths, computed once for all the results a run measures (ranking is
     * the costly part: a sort per input).
     */
    record Inputs(List<Drawn> drawn, List<double[]> ranked, double[] low, double[] high) {

        static Inputs of(List<Drawn> drawn) {
            List<double[]> ranked = new ArrayList<>();
            double[] low = new double[drawn.size()], high = new double[drawn.size()];
            for (int k = 0; k < drawn.size(); k++) {
                double[] x = drawn.get(k).draws();
                double[] q = Quantiles.of(x, x.length, 0.1, 0.9);
                low[k] = q[0];
                high[k] = q[1];
                ranked.add(q[0] == q[1] ? null : Sensitivity.ranks(x));
            }
            return new Inputs(drawn, ranked, low, high);
        }

        List<Sensitivity> against(double[] output) {
            double mean = 0;
            for (double y : output) mean += y;
            mean /= output.length;
            double[] outputRanks = Sensitivity.ranks(output);
            List<Sensitivity> out = new ArrayList<>();
            for (int k = 0; k < drawn.size(); k++) {
                Drawn in = drawn.get(k);
                if (ranked.get(k) == null) {
                    out.add(new Sensitivity(in.name(), in.distribution(), low[k], high[k], mean, mean, mean, 0));
                    continue;
                }
                double lowSum = 0, highSum = 0;
                int lowCount = 0, highCount = 0;
                double[] x = in.draws();
                for (int i = 0; i < output.length; i++) {
                    if (x[i] <= low[k]) { lowSum += output[i]; lowCount++; }
                    if (x[i] >= high[k]) { highSum += output[i]; highCount++; }
                }
                double rho = pearson(ranked.get(k), outputRanks);
                out.add(new Sensitivity(in.name(), in.distribution(), low[k], high[k], lowSum / lowCount, highSum / highCount,
                        mean, rho));
            }
            out.sort(Comparator.comparingDouble(Sensitivity::swing).reversed());
            return List.copyOf(out);
        }
    }

    /**
     * Ranks 1..n, ties given their average rank. One sort of primitive longs, each a value's
     * order-preserving float key in the high half and its index in the low half; values that
     * share a float key are then put in exact order among themselves, so ties are exact ties.
     */
    static double[] ranks(double[] v) {
        int n = v.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) packed[i] = ((long) floatKey(v[i]) << 32) | (i & 0xFFFFFFFFL);
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) packed[i];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && (packed[j + 1] >> 32) == (packed[i] >> 32)) j++;
            if (j > i) exactOrder(order, i, j + 1, v);
            i = j + 1;
        }
        double[] r = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) j++;
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) r[order[k]] = average;
            i = j + 1;
        }
        return r;
    }

    /** An int that orders as the value does (its float's bits, negatives flipped); −0 and +0 alike. */
    private static int floatKey(double v) {
        int bits = Float.floatToIntBits((float) (v + 0.0));
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }

    /** Insertion sort of {@code order[from..to)} by value: runs of one float key are short. */
    private static void exactOrder(int[] order, int from, int to, double[] v) {
        for (int i = from + 1; i < to; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= from && v[order[j]] > v[x]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static int lowerBound(double[] sorted, double key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }
}
