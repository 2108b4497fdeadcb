package org.gtrace.stdlib.uncertainty;

/**
 * Arithmetic over a model's inputs, built by the language from a program's expression and run by
 * the Monte Carlo a block at a time (each node computes a whole column, so the loops stay tight).
 * Example: {@code input(0).times(input(1)).times(constant(1.2))}.
 */
public sealed interface Formula permits Formula.Input, Formula.Constant, Formula.Binary, Formula.Negate {

    /** Computes this node for rows {@code 0..n)} of the input columns into a new column. */
    double[] column(double[][] inputs, int n);

    static Formula input(int index) {
        return new Input(index);
    }

    static Formula constant(double value) {
        return new Constant(value);
    }

    default Formula plus(Formula o) { return new Binary('+', this, o); }
    default Formula minus(Formula o) { return new Binary('-', this, o); }
    default Formula times(Formula o) { return new Binary('*', this, o); }
    default Formula dividedBy(Formula o) { return new Binary('/', this, o); }
    default Formula negate() { return new Negate(this); }

    /** This formula as a model the Monte Carlo can run. */
    default VectorModel toModel() {
        return (columns, n, out) -> System.arraycopy(column(columns, n), 0, out, 0, n);
    }

    record Input(int index) implements Formula {
        public Input {
            if (index < 0) throw new IllegalArgumentException("input index must be ≥ 0");
        }

        @Override public double[] column(double[][] inputs, int n) {
            if (index >= inputs.length) {
                throw new IllegalArgumentException("formula uses input " + index + " but the model has " + inputs.length);
            }
            return java.util.Arrays.copyOf(inputs[index], n);
        }
    }

    record Constant(double value) implements Formula {
        @Override public double[] column(double[][] inputs, int n) {
            double[] c = new double[n];
            java.util.Arrays.fill(c, value);
            return c;
        }
    }

    record Binary(char op, Formula left, Formula right) implements Formula {
        @Override public double[] column(double[][] inputs, int n) {
            double[] a = left.column(inputs, n), b = right.column(inputs, n);
            switch (op) {
                case '+' -> { for (int i = 0; i < n; i++) a[i] += b[i]; }
                case '-' -> { for (int i = 0; i < n; i++) a[i] -= b[i]; }
                case '*' -> { for (int i = 0; i < n; i++) a[i] *= b[i]; }
                case '/' -> { for (int i = 0; i < n; i++) a[i] /= b[i]; }
                default -> throw new IllegalStateException("unknown operator " + op);
            }
            return a;
        }
    }

    record Negate(Formula operand) implements Formula {
        @Override public double[] column(double[][] inputs, int n) {
            double[] a = operand.column(inputs, n);
            for (int i = 0; i < n; i++) a[i] = -a[i];
            return a;
        }
    }
}
