package org.gtrace.stdlib.uncertainty;

/** One formula operation over a column of samples: tight loops the JIT can vectorise. */
final class ColumnOps {
    private ColumnOps() {}

    /** {@code d[j] = a[j] op b[j]} for {@code j < n} ({@code b} is null for one-operand operations). */
    static void apply(Formula.Op op, double[] a, double[] b, double k, double[] d, int n) {
        switch (op) {
            case ADD -> { for (int j = 0; j < n; j++) d[j] = a[j] + b[j]; }
            case SUBTRACT -> { for (int j = 0; j < n; j++) d[j] = a[j] - b[j]; }
            case MULTIPLY -> { for (int j = 0; j < n; j++) d[j] = a[j] * b[j]; }
            case DIVIDE -> { for (int j = 0; j < n; j++) d[j] = a[j] / b[j]; }
            case NEGATE -> { for (int j = 0; j < n; j++) d[j] = -a[j]; }
            case POWER -> power(a, k, d, n);
            case LOG -> { for (int j = 0; j < n; j++) d[j] = Math.log(a[j]); }
            case EXP -> { for (int j = 0; j < n; j++) d[j] = Math.exp(a[j]); }
            case MIN -> { for (int j = 0; j < n; j++) d[j] = Math.min(a[j], b[j]); }
            case MAX -> { for (int j = 0; j < n; j++) d[j] = Math.max(a[j], b[j]); }
        }
    }

    private static void power(double[] a, double k, double[] d, int n) {
        if (k == 2) {
            for (int j = 0; j < n; j++) d[j] = a[j] * a[j];
        } else if (k == 0.5) {
            for (int j = 0; j < n; j++) d[j] = Math.sqrt(a[j]);
        } else if (k == -1) {
            for (int j = 0; j < n; j++) d[j] = 1 / a[j];
        } else {
            for (int j = 0; j < n; j++) d[j] = Math.pow(a[j], k);
        }
    }
}
