package org.gtrace.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.UncertainInput;
import org.gtrace.stdlib.inference.ChainModels;
import org.gtrace.stdlib.inference.EnergyBoundary;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
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
 * factor uncertain) on 2 threads, with mean, p5, p50 and p95: as a black-box model, and through
 * the workload estimate's own CO2e formula.
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

    /** The same model as a black box (the core's chain equations per sample). */
    @Benchmark
    public McResult ghibli10M() {
        return MonteCarlo.run(ghibliInputs(), ChainModels.inferenceCo2e(), new MonteCarlo.Settings(samples, 42, threads));
    }

    /** The same model through the real estimate: the workload's CO2e formula, its inputs drawn jointly. */
    @Benchmark
    public McResult ghibli10MThroughTheEstimate() {
        Formula co2e = ghibliEstimateCo2e();
        return Propagation.of(List.of(co2e)).run(new MonteCarlo.Settings(samples, 42, threads), ProgressListener.NONE).of(co2e);
    }

    /** The Ghibli workload with the inputs of {@link #ghibliInputs()}, and the formula its estimate gives its CO2e. */
    public static Formula ghibliEstimateCo2e() {
        List<UncertainInput> in = ghibliInputs();
        java.util.function.BiFunction<Integer, Dimension, UncertainQuantity> q =
                (i, d) -> UncertainQuantity.input("ghibli." + in.get(i).name(), in.get(i).distribution(), d);
        return Workload.image("ghibli").outputs(q.apply(0, Dimension.OUTPUTS))
                .energyPerOutput(q.apply(1, Dimension.ENERGY_PER_OUTPUT), EnergyBoundary.SERVING).pue(q.apply(2, Dimension.NONE))
                .intensity(q.apply(3, Dimension.INTENSITY), null).estimate().co2eValue().formula();
    }
}
