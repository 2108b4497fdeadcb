package org.gtrace.stdlib.uncertainty;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * The result of a {@link Propagation}: for each formula run, its mean, standard deviation,
 * standard error, p5/p50/p95 and (where asked) sensitivity, all from one set of joint draws.
 * A constant formula needs no run: its statistics are its value.
 */
public final class Propagated {
    private final int samples;
    private final long seed;
    private final IdentityHashMap<Formula, McResult> results;
    private final IdentityHashMap<Formula, double[]> draws;

    Propagated(int samples, long seed, IdentityHashMap<Formula, McResult> results, IdentityHashMap<Formula, double[]> draws) {
        this.samples = samples;
        this.seed = seed;
        this.results = results;
        this.draws = draws;
    }

    public int samples() {
        return samples;
    }

    public long seed() {
        return seed;
    }

    /** Whether {@code f} was run (or is constant). */
    public boolean has(Formula f) {
        return f.isConstant() || results.containsKey(f);
    }

    /** The statistics of {@code f}, which must have been one of the run's formulas (or be constant). */
    public McResult of(Formula f) {
        McResult r = results.get(f);
        if (r != null) return r;
        if (f.isConstant()) return new McResult(samples, seed, f.central(), 0, f.central(), f.central(), f.central(), List.of());
        throw new IllegalArgumentException("this formula was not part of the run");
    }

    /** The draws of {@code f}, in sample order (a copy). */
    public double[] draws(Formula f) {
        double[] d = draws.get(f);
        if (d == null) throw new IllegalArgumentException("this formula was not part of the run");
        return d.clone();
    }
}
