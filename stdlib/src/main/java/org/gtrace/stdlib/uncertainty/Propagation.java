package org.gtrace.stdlib.uncertainty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Propagates uncertain inputs through formulas by Monte Carlo: every input drawn once per sample
 * and shared by every formula that uses it, the formulas evaluated on the joint draws.
 *
 * <p>Reproducibility: samples come in blocks of {@value #CHUNK} (small, so the columns stay in
 * cache and even 20,000 samples spread over threads). Input {@code k} draws block {@code b} from its
 * own generator, seeded from (seed, a hash of the input's key, b): what an input draws depends on
 * nothing but those three, not on which other inputs or formulas are in the run, nor on the thread.
 * Blocks are spread over threads and summed in block order: the same seed gives the same bits
 * whatever the thread count, and one input keeps its draws from one statement to the next.
 *
 * <pre>{@code
 * Formula e = Formula.input("energy", Distribution.range(0.002, 0.004));
 * Formula total = e.times(Formula.constant(150e6));
 * Propagated p = Propagation.of(List.of(total)).run(MonteCarlo.Settings.defaults(), ProgressListener.NONE);
 * p.of(total).p95();
 * }</pre>
 */
public final class Propagation {
    /** Samples per block: part of the reproducibility contract (changing it changes the draws). */
    static final int CHUNK = 4096;
    /** Input draws kept (from the start of the run) for the sensitivity measures. */
    static final int SENSITIVITY_SAMPLES = 10_000;
    /**
     * Draws kept for the band of a result that is not a headline (a derivation's intermediate):
     * its mean is over every draw, its p5/p50/p95 over the first million, so 50M draws of a
     * workload keep its three headline columns in full, not every intermediate's (400 MB each).
     */
    static final int BAND_SAMPLES = 1_000_000;
    /** Past this many uncertain inputs, sensitivity is not measured (a chain of thousands of lets). */
    static final int SENSITIVITY_INPUT_LIMIT = 256;

    private final List<Formula> outputs;
    private final List<Formula> sensitivityOf;
    private final List<Correlation> correlations;
    /** The outputs whose percentiles are wanted (their draws are kept); null for all. */
    private final List<Formula> banded;

    private Propagation(List<Formula> outputs, List<Formula> sensitivityOf, List<Correlation> correlations, List<Formula> banded) {
        this.outputs = List.copyOf(outputs);
        this.sensitivityOf = List.copyOf(sensitivityOf);
        this.correlations = List.copyOf(correlations);
        this.banded = banded == null ? null : List.copyOf(banded);
    }

    /** A run of these formulas (constant ones need none), with no sensitivity measured and no correlations. */
    public static Propagation of(List<? extends Formula> outputs) {
        return new Propagation(distinct(outputs), List.of(), List.of(), null);
    }

    /** Measures, for each of {@code formulas}, how much each input drives it (they are added to the outputs). */
    public Propagation withSensitivity(List<? extends Formula> formulas) {
        List<Formula> all = new ArrayList<>(outputs);
        all.addAll(formulas);
        return new Propagation(distinct(all), distinct(formulas), correlations, banded);
    }

    public Propagation withCorrelations(List<Correlation> given) {
        return new Propagation(outputs, sensitivityOf, given, banded);
    }

    /**
     * Keeps the draws (for p5/p50/p95) only of {@code formulas} and of those measured for
     * sensitivity; the other outputs get their mean and standard deviation, in constant memory.
     */
    public Propagation withBandsOnlyFor(List<? extends Formula> formulas) {
        return new Propagation(outputs, sensitivityOf, correlations, distinct(formulas));
    }

    private boolean keepsDraws(Formula f) {
        return banded == null || banded.stream().anyMatch(b -> b == f) || sensitivityOf.stream().anyMatch(b -> b == f);
    }

    /** Each formula once, constants left out (their statistics are their value). */
    private static List<Formula> distinct(List<? extends Formula> fs) {
        IdentityHashMap<Formula, Boolean> seen = new IdentityHashMap<>();
        List<Formula> out = new ArrayList<>();
        for (Formula f : fs) if (!f.isConstant() && seen.put(f, true) == null) out.add(f);
        return out;
    }

    /**
     * Runs {@code settings.samples()} joint draws. Throws {@link CancelledException} if the calling
     * thread is interrupted, and {@link IllegalArgumentException} if a result is not finite.
     */
    public Propagated run(MonteCarlo.Settings settings, ProgressListener listener) {
        Program p = Program.compile(outputs, CorrelatedDraws.keys(correlations));
        CorrelatedDraws correlated = CorrelatedDraws.of(correlations, p.inputs);
        int n = settings.samples();
        boolean[] keep = new boolean[outputs.size()];
        int[] keptLength = new int[outputs.size()];
        long keptDraws = 0;
        for (int o = 0; o < keep.length; o++) {
            Formula f = outputs.get(o);
            boolean whole = banded == null || sensitivityOf.stream().anyMatch(b -> b == f);
            keptLength[o] = whole ? n : keepsDraws(f) ? Math.min(n, BAND_SAMPLES) : 0;
            keep[o] = keptLength[o] == n;
            keptDraws += keptLength[o];
        }
        requireMemory(keptDraws);
        double[][] samples = allocate(keptLength);
        int blocks = (n + CHUNK - 1) / CHUNK;
        Moments[] moments = new Moments[outputs.size()];
        for (int o = 0; o < moments.length; o++) moments[o] = new Moments(blocks);
        Kept inputsKept = new Kept(p, Math.min(n, SENSITIVITY_SAMPLES), !sensitivityOf.isEmpty());
        long[] keyHash = new long[p.inputs.length];
        for (int k = 0; k < keyHash.length; k++) keyHash[k] = hash(p.inputs[k].key());
        ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[p.registers][CHUNK]);
        ParallelBlocks.run("Monte Carlo", blocks, settings.threads(), b -> {
            int from = b * CHUNK, len = Math.min(CHUNK, n - from);
            SplittableRandom[] streams = new SplittableRandom[p.inputs.length];
            CorrelatedDraws.Streams s = k -> streams[k] != null ? streams[k]
                    : (streams[k] = Seeds.random(settings.seed(), keyHash[k], b));
            double[][] reg = scratch.get();
            correlated.fill(p, s, reg, len);
            execute(p, s, reg, from, len, inputsKept);
            for (int o = 0; o < outputs.size(); o++) {
                double[] y = reg[p.outputRegister[o]];
                if (keep[o]) System.arraycopy(y, 0, samples[o], from, len);
                else if (keptLength[o] > from) System.arraycopy(y, 0, samples[o], from, Math.min(len, keptLength[o] - from));
                if (!(keep[o] ? moments[o].record(b, samples[o], from, len) : moments[o].record(b, y, 0, len))) throw nonFinite(p, o);
            }
        }, listener);
        return summarise(p, settings, samples, keptLength, keep, moments, inputsKept);
    }

    /**
     * The kept draws' arrays. Allocating one is zeroing it (400 MB at 50M draws, a second or more
     * where the heap must first grow), which no interrupt can stop, so a helper thread allocates
     * while the calling thread waits, and an interrupt is answered at once; the arrays then go
     * to the garbage collector.
     */
    private static double[][] allocate(int[] lengths) {
        java.util.concurrent.FutureTask<double[][]> task = new java.util.concurrent.FutureTask<>(() -> {
            double[][] out = new double[lengths.length][];
            for (int o = 0; o < lengths.length; o++) out[o] = lengths[o] > 0 ? new double[lengths[o]] : null;
            return out;
        });
        Thread t = new Thread(task, "gtrace-Monte-Carlo-allocate");
        t.setDaemon(true);
        t.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Monte Carlo");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private void requireMemory(long draws) {
        long bytes = 8L * draws;
        long limit = Runtime.getRuntime().maxMemory() / 2;
        if (bytes > limit) {
            throw new SampleLimitError(String.format(java.util.Locale.ROOT, "%,d kept draws need %,d MB, more than"
                    + " this process can spare (%,d MB)", draws, bytes >> 20, limit >> 20));
        }
    }

    /** Runs the instructions on {@code n} samples starting at sample {@code at}. */
    private static void execute(Program p, CorrelatedDraws.Streams s, double[][] reg, int at, int n, Kept kept) {
        for (int i = 0; i < p.instructions(); i++) {
            double[] d = reg[p.dst[i]];
            switch (p.kind[i]) {
                case Program.CONST -> java.util.Arrays.fill(d, 0, n, p.constant[i]);
                case Program.INPUT -> {
                    int k = p.source[i];
                    if (!p.pinned[k]) p.inputs[k].distribution().fill(s.of(k), d, n);
                    kept.input(k, d, at, n);
                }
                case Program.ENSEMBLE -> {
                    Formula.Ensemble e = p.ensembles[p.source[i]];
                    for (int j = 0; j < n; j++) d[j] = e.value(at + (long) j);
                    kept.ensemble(p.source[i], d, at, n);
                }
                default -> ColumnOps.apply(p.op[i], reg[p.left[i]], p.right[i] < 0 ? null : reg[p.right[i]], p.constant[i], d, n);
            }
        }
    }

    private Propagated summarise(Program p, MonteCarlo.Settings settings, double[][] samples, int[] keptLength, boolean[] whole,
                                 Moments[] moments, Kept kept) {
        int n = settings.samples();
        IdentityHashMap<Formula, McResult> results = new IdentityHashMap<>();
        IdentityHashMap<Formula, double[]> keptOutputs = new IdentityHashMap<>();
        for (int o = 0; o < outputs.size(); o++) {
            // the quantiles of millions of draws take a while per output: an interrupt must not wait for all of them
            if (Thread.currentThread().isInterrupted()) throw new CancelledException("Monte Carlo");
            Formula f = outputs.get(o);
            double[] q = samples[o] == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                    : Quantiles.of(samples[o], keptLength[o], 0.05, 0.5, 0.95);
            List<Sensitivity> sens = sensitivityOf.stream().anyMatch(x -> x == f) ? kept.sensitivity(samples[o]) : List.of();

            results.put(f, new McResult(n, settings.seed(), moments[o].mean(n), moments[o].standardDeviation(n), q[0], q[1], q[2], sens));
            if (whole[o]) keptOutputs.put(f, samples[o]);
        }
        return new Propagated(n, settings.seed(), results, keptOutputs);
    }

    private static IllegalArgumentException nonFinite(Program p, int output) {
        List<String> names = new ArrayList<>();
        for (Formula.Input in : p.inputs) names.add(in.name());
        return new IllegalArgumentException("a draw of " + names + " gives a result that is not a finite number"
                + " (it overflows); narrow the inputs' ranges");
    }

    /** A 64-bit hash of an input's key (FNV-1a over its UTF-16 units, then mixed), the stream it draws from. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return Seeds.mix(h);
    }

    /** The first draws of each input and ensemble, kept for the sensitivity measures. */
    private static final class Kept {
        private final Program p;
        private final int size;
        private final double[][] inputs;
        private final double[][] ensembles;

        Kept(Program p, int size, boolean wanted) {
            this.p = p;
            this.size = size;
            int uncertain = 0;
            for (Formula.Input in : p.inputs) if (!in.distribution().isPoint()) uncertain++;
            boolean keep = wanted && uncertain + p.ensembles.length <= SENSITIVITY_INPUT_LIMIT;
            inputs = new double[p.inputs.length][];
            ensembles = new double[p.ensembles.length][];
            for (int k = 0; keep && k < inputs.length; k++) {
                if (!p.inputs[k].distribution().isPoint()) inputs[k] = new double[size];
            }
            for (int k = 0; keep && k < ensembles.length; k++) ensembles[k] = new double[size];
        }

        void input(int k, double[] d, int at, int n) {
            copy(inputs[k], d, at, n);
        }

        void ensemble(int k, double[] d, int at, int n) {
            copy(ensembles[k], d, at, n);
        }

        private void copy(double[] to, double[] from, int at, int n) {
            if (to == null || at >= size) return;
            System.arraycopy(from, 0, to, at, Math.min(n, size - at));
        }

        private Sensitivity.Inputs ranked;

        List<Sensitivity> sensitivity(double[] output) {
            if (ranked == null) ranked = Sensitivity.Inputs.of(drawn());
            return ranked.against(java.util.Arrays.copyOf(output, size));
        }

        private List<Sensitivity.Drawn> drawn() {
            List<Sensitivity.Drawn> drawn = new ArrayList<>();
            for (int k = 0; k < inputs.length; k++) {
                if (inputs[k] != null) {
                    Formula.Input in = p.inputs[k];
                    drawn.add(new Sensitivity.Drawn(in.name(), in.distribution().describe(), inputs[k]));
                }
            }
            for (int k = 0; k < ensembles.length; k++) {
                if (ensembles[k] != null) {
                    Formula.Ensemble e = p.ensembles[k];
                    drawn.add(new Sensitivity.Drawn(e.name(), e.runs() + " runs", ensembles[k]));
                }
            }
            return drawn;
        }
    }
}
