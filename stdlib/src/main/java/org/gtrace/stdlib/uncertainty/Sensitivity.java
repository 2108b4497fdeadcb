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
        double mean = 0;
        for (double y : output) mean += y;
        mean /= output.length;
        double[] outputRanks = ranks(output);
        List<Sensitivity> out = new ArrayList<>();
        for (Drawn in : inputs) {
            double[] q = Quantiles.of(in.draws(), in.draws().length, 0.1, 0.9);
            if (q[0] == q[1]) {
                out.add(new Sensitivity(in.name(), in.distribution(), q[0], q[1], mean, mean, mean, 0));
                continue;
            }
            double lowSum = 0, highSum = 0;
            int lowCount = 0, highCount = 0;
            for (int i = 0; i < output.length; i++) {
                double x = in.draws()[i];
                if (x <= q[0]) { lowSum += output[i]; lowCount++; }
                if (x >= q[1]) { highSum += output[i]; highCount++; }
            }
            double rho = pearson(ranks(in.draws()), outputRanks);
            out.add(new Sensitivity(in.name(), in.distribution(), q[0], q[1], lowSum / lowCount, highSum / highCount, mean, rho));
        }
        out.sort(Comparator.comparingDouble(Sensitivity::swing).reversed());
        return List.copyOf(out);
    }

    /** Ranks 1..n, ties given their average rank (primitive sort and binary search: no boxing). */
    static double[] ranks(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int first = lowerBound(sorted, v[i]), last = lowerBound(sorted, Math.nextUp(v[i])) - 1;
            r[i] = (first + last) / 2.0 + 1;
        }
        return r;
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
