package org.gtrace.stdlib.simulation;

import org.gtrace.stdlib.uncertainty.ParallelBlocks;
import org.gtrace.stdlib.uncertainty.ProgressListener;

/** Entry point: picks an engine and runs a scenario. */
public final class ViralSimulation {
    /** Populations up to this size run per agent under {@link Engine#AUTO}. */
    public static final long AGENT_LIMIT = 1_000_000;

    public enum Engine { AUTO, AGENT, AGGREGATE }

    private ViralSimulation() {}

    public static SimulationEngine engine(Engine choice, long users, int threads) {
        return switch (choice) {
            case AGENT -> new AgentEngine(threads);
            case AGGREGATE -> new AggregateEngine();
            case AUTO -> users <= AGENT_LIMIT ? new AgentEngine(threads) : new AggregateEngine();
        };
    }

    /** Runs once with the chosen engine (all available threads for the agent engine). */
    public static SimulationResult run(ViralScenario scenario, Engine choice, long seed, ProgressListener listener) {
        return engine(choice, scenario.users(), ParallelBlocks.defaultThreads()).run(scenario, seed,
                listener == null ? ProgressListener.NONE : listener);
    }

    public static SimulationResult run(ViralScenario scenario, long seed) {
        return run(scenario, Engine.AUTO, seed, ProgressListener.NONE);
    }
}
