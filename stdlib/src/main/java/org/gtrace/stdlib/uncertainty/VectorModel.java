package org.gtrace.stdlib.uncertainty;

/**
 * A model evaluated a block of samples at a time: column {@code k} holds the draws of input
 * {@code k}. Working on columns keeps the hot loop free of calls and allocation and lets the JIT
 * vectorise it.
 */
@FunctionalInterface
public interface VectorModel {

    /** Sets {@code out[i] = f(columns[0][i], ..., columns[k-1][i])} for {@code i < n}. */
    void evaluate(double[][] columns, int n, double[] out);

    /** Adapts a per-sample function (slower: one call per sample). */
    static VectorModel of(Model model) {
        return (columns, n, out) -> {
            double[] row = new double[columns.length];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < columns.length; k++) row[k] = columns[k][i];
                out[i] = model.apply(row);
            }
        };
    }

    /** The product of all inputs: the shape of every G-TRACE chain (outputs × energy × PUE × intensity). */
    static VectorModel product() {
        return (columns, n, out) -> {
            System.arraycopy(columns[0], 0, out, 0, n);
            for (int k = 1; k < columns.length; k++) {
                double[] c = columns[k];
                for (int i = 0; i < n; i++) out[i] *= c[i];
            }
        };
    }
}
