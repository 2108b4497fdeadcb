package org.gtrace.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
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
 * 20,000 joint draws of a workload with six uncertain inputs through the full estimate (the
 * core's own formulas: energy, CO2e, water, region rows, derivations, sensitivity), beside the
 * propagation it replaced ({@link PowerLawProbes}: 12 probing estimates, then a product sample
 * per metric) in the same run. Targets: within 2× of the old time, under 25 ms.
 * Run: {@code bench/run-jmh PropagationBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class PropagationBench {
    @Param({"20000"})
    int samples;

    @Param({"2"})
    int threads;

    private MonteCarlo.Settings settings() {
        return new MonteCarlo.Settings(samples, 42, threads);
    }

    /** The estimate built from the uncertain inputs, then one joint run of all its formulas. */
    @Benchmark
    public Statistics jointDrawsThroughTheEstimate() {
        InferenceEstimate e = SixInputWorkload.uncertain().estimate();
        return e.propagate(settings());
    }

    /** The old way: probe the core for power laws, then sample a product per metric. */
    @Benchmark
    public List<McResult> powerLawProbes() {
        return PowerLawProbes.run(settings());
    }
}
