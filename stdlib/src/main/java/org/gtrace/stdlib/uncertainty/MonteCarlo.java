package org.gtrace.stdlib.uncertainty;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo propagation of uncertain inputs through a model.
 *
 * <p>Reproducibility: the samples are cut into blocks of {@link #BLOCK} samples; block {@code b}
 * draws from its own {@link SplittableRandom} seeded from {@code (seed, b)} and fills its inputs
 * column by column in input order. Blocks are spread over threads, but what a block draws never
 * depends on the thread, and sums are combined in block order, so the same seed and sample count
 * give the same answer, to the bit, whatever the thread count.
 */
public final class MonteCarlo {
    /** Samples per block: part of the reproducibility contract (changing it changes the draws). */
    public static final int BLOCK = 1 << 16;
    /** Samples kept for the sensitivity measures. */
    static final int SENSITIVITY_SAMPLES = Propagation.SENSITIVITY_SAMPLES;

    private MonteCarlo() {}

    /**
     * How to run.
     *
     * @param samples number of samples (at least 100)
     * @param seed    the seed; the same seed gives the same result
     * @param threads worker threads, at least 1
     */
    public record Settings(int samples, long seed, int threads) {
        /**
         * 20,000: the standard error of the mean is then 0.7% of the spread (standard deviation),
         * and p5/p95 move by about 1.5% of the spread from one seed to another.
         */
        public static final int DEFAULT_SAMPLES = 20_000;
        public static final long DEFAULT_SEED = 42;

        public Settings {
            if (samples < 100) {
                throw new IllegalArgumentException("Monte Carlo needs at least 100 samples (got " + samples + ")");
            }
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1 (got " + threads + ")");
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_SAMPLES, DEFAULT_SEED, ParallelBlocks.defaultThreads());
        }

        public Settings withSamples(int n) { return new Settings(n, seed, threads); }
        public Settings withSeed(long s) { return new Settings(samples, s, threads); }
        public Settings withThreads(int t) { return new Settings(samples, seed, t); }
    }

    /** Runs {@code model} over the inputs with default listener (none). */
    public static McResult run(List<UncertainInput> inputs, VectorModel model, Settings settings) {
        return run(inputs, model, settings, ProgressListener.NONE);
    }

    /**
     * Draws {@code settings.samples()} samples of every input, evaluates the model on them and
     * summarises the output. Throws {@link CancelledException} if the calling thread is
     * interrupted, and {@link IllegalArgumentException} if the model gives a non-finite value.
     */
    public static McResult run(List<UncertainInput> inputs, VectorModel model, Settings settings,
                               ProgressListener listener) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("a Monte Carlo run needs at least one input");
        int n = settings.samples();
        double[] out = new double[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        Moments stats = new Moments(blocks);
        double[][] firstRows = new double[inputs.size() + 1][];
        ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[inputs.size() + 1][BLOCK]);
        ParallelBlocks.run("Monte Carlo", blocks, settings.threads(), b -> {
            double[][] cols = scratch.get();
            int from = b * BLOCK, len = Math.min(BLOCK, n - from);
            drawBlock(inputs, settings.seed(), b, cols, len);
            double[] y = cols[inputs.size()];
            model.evaluate(java.util.Arrays.copyOf(cols, inputs.size()), len, y);
            if (!stats.record(b, y, 0, len)) throw nonFinite(y, len, inputs);
            System.arraycopy(y, 0, out, from, len);
            if (b == 0) keepFirstRows(cols, len, firstRows);
        }, listener);
        double[] q = Quantiles.of(out, n, 0.05, 0.5, 0.95);
        List<Sensitivity> sensitivity = sensitivity(inputs, firstRows);
        return new McResult(n, settings.seed(), stats.mean(n), stats.standardDeviation(n), q[0], q[1], q[2],
                sensitivity);
    }

    /** The random generator of block {@code b} under {@code seed}. */
    static SplittableRandom blockRandom(long seed, int b) {
        return Seeds.random(seed, b);
    }

    private static void drawBlock(List<UncertainInput> inputs, long seed, int b, double[][] cols, int len) {
        SplittableRandom random = blockRandom(seed, b);
        for (int k = 0; k < inputs.size(); k++) inputs.get(k).distribution().fill(random, cols[k], len);
    }

    private static void keepFirstRows(double[][] cols, int len, double[][] firstRows) {
        int m = Math.min(len, SENSITIVITY_SAMPLES);
        for (int k = 0; k < cols.length; k++) firstRows[k] = java.util.Arrays.copyOf(cols[k], m);
    }

    private static IllegalArgumentException nonFinite(double[] y, int len, List<UncertainInput> inputs) {
        for (int i = 0; i < len; i++) {
            if (!Double.isFinite(y[i])) {
                return new IllegalArgumentException("the model gave " + y[i] + " for one sample of "
                        + inputs.stream().map(UncertainInput::name).toList()
                        + "; check for a division by a value that can be zero");
            }
        }
        return new IllegalArgumentException("the model's outputs overflow when summed");
    }

    private static List<Sensitivity> sensitivity(List<UncertainInput> inputs, double[][] firstRows) {
        List<Sensitivity.Drawn> drawn = new java.util.ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            UncertainInput in = inputs.get(k);
            drawn.add(new Sensitivity.Drawn(in.name(), in.distribution().describe(), firstRows[k]));
        }
        return Sensitivity.fromDraws(drawn, firstRows[inputs.size()]);
    }
}
