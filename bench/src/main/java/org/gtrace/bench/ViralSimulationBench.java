package org.gtrace.bench;

import java.util.concurrent.TimeUnit;
import org.gtrace.stdlib.simulation.AgentEngine;
import org.gtrace.stdlib.simulation.AggregateEngine;
import org.gtrace.stdlib.simulation.GhibliScenario;
import org.gtrace.stdlib.simulation.SimulationResult;
import org.gtrace.stdlib.simulation.ViralScenario;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The viral simulation at full scale: the Ghibli scenario with 130M users over 60 days, aggregate
 * engine, one run including its scenario draws. Target ≤ 2 s. Run: {@code bench/run-jmh ViralSimulationBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class ViralSimulationBench {
    private final ViralScenario scenario = GhibliScenario.scenario(130_000_000L, 60);
    private long seed;

    private final ViralScenario million = GhibliScenario.scenario(1_000_000L, 60);

    /** For scale: the per-agent engine at its intended ceiling, 1M users over 60 days, 2 threads. */
    @Benchmark
    public SimulationResult agent1MUsers60Days() {
        return new AgentEngine(2).run(million, ++seed, ProgressListener.NONE);
    }

    @Benchmark
    public SimulationResult aggregate130MUsers60Days() {
        return new AggregateEngine().run(scenario, ++seed, ProgressListener.NONE);
    }
}
