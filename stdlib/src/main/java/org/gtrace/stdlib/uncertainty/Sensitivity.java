package org.gtrace.stdlib.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How much one input drives the spread of the output.
 *
 * <p>Two measures, both shown: the tornado swing (one at a time: every other input held at its
 * median, this one moved from its own p5 to its p95, the model re-evaluated) and Spearman's rank
 * correlation between the input's draws and the output over the first
 * {@value MonteCarlo#SENSITIVITY_SAMPLES} samples (which also sees interactions). Inputs are
 * ranked by swing, the order a tornado chart draws them.
 *
 * @param input           the input's name
 * @param distribution    how it was given
 * @param inputLow        the input's p5
 * @param inputHigh       the input's p95
 * @param outputAtLow     the model with this input at its p5, others at their medians
 * @param outputAtHigh    the model with this input at its p95, others at their medians
 * @param outputAtMedians the model with every input at its median
 * @param rankCorrelation Spearman's rho between the input and the output (0 for a point)
 */
public record Sensitivity(String input, String distribution, double inputLow, double inputHigh, double outputAtLow,
                          double outputAtHigh, double outputAtMedians, double rankCorrelation) {

    /** |output at p95 − output at p5|. */
    public double swing() {
        return Math.abs(outputAtHigh - outputAtLow);
    }

    static List<Sensitivity> rank(List<UncertainInput> inputs, VectorModel model, double[][] firstRows) {
        int k = inputs.size();
        double[] medians = new double[k];
        for (int i = 0; i < k; i++) medians[i] = inputs.get(i).distribution().quantile(0.5);
        double base = evaluate(model, medians);
        double[] outputRanks = ranks(firstRows[k]);
        List<Sensitivity> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Distribution d = inputs.get(i).distribution();
            double lo = d.quantile(0.05), hi = d.quantile(0.95);
            double[] x = medians.clone();
            x[i] = lo;
            double yLo = evaluate(model, x);
            x[i] = hi;
            double yHi = evaluate(model, x);
            double rho = d.isPoint() ? 0 : pearson(ranks(firstRows[i]), outputRanks);
            out.add(new Sensitivity(inputs.get(i).name(), d.describe(), lo, hi, yLo, yHi, base, rho));
        }
        out.sort(Comparator.comparingDouble(Sensitivity::swing).reversed());
        return List.copyOf(out);
    }

    private static double evaluate(VectorModel model, double[] x) {
        double[][] cols = new double[x.length][];
        for (int i = 0; i < x.length; i++) cols[i] = new double[] {x[i]};
        double[] y = new double[1];
        model.evaluate(cols, 1, y);
        return y[0];
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
