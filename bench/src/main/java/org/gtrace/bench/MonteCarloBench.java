package org.gtrace.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.UncertainInput;
import org.gtrace.stdlib.inference.ChainModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10M Monte Carlo samples of the Ghibli model (images × energy per image × PUE × intensity, every
 * factor uncertain) on 2 threads, with mean, p5, p50, p95 and the sensitivity ranking.
 * Target: ≤ 0.5 s. Run: {@code bench/run-jmh MonteCarloBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MonteCarloBench {
    @Param({"10000000"})
    int samples;

    @Param({"2"})
    int threads;

    /** The inputs bench/mc_vs_numpy.py draws too, with the same distributions. */
    public static List<UncertainInput> ghibliInputs() {
        return List.of(
                UncertainInput.of("images", Distribution.range(650e6, 750e6)),
                UncertainInput.of("energy per image", Distribution.lognormal(0.006, 1.5)),
                UncertainInput.of("PUE", Distribution.range(1.1, 1.3)),
                UncertainInput.of("intensity", Distribution.plusMinusPercent(0.48, 20)));
    }

    @Benchmark
    public McResult ghibli10M() {
        return MonteCarlo.run(ghibliInputs(), ChainModels.inferenceCo2e(), new MonteCarlo.Settings(samples, 42, threads));
    }
}
