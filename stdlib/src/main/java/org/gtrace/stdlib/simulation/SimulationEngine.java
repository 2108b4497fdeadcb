package org.gtrace.stdlib.simulation;

import org.gtrace.stdlib.uncertainty.ProgressListener;

/** Runs a viral scenario once. Both engines follow the same model and agree in distribution. */
public interface SimulationEngine {
    String name();

    /**
     * One run. Throws {@link org.gtrace.stdlib.uncertainty.CancelledException} when the calling
     * thread is interrupted.
     */
    SimulationResult run(ViralScenario scenario, long seed, ProgressListener listener);
}
