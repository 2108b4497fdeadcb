package org.gtrace.stdlib.simulation;

import java.util.SplittableRandom;
import org.gtrace.stdlib.uncertainty.Seeds;

/**
 * The inputs drawn once per run, the same way by both engines: PUE and each region's grid
 * intensity (what is not known about the deployment, as opposed to what varies per user).
 */
record ScenarioDraws(double pue, double[] intensity) {
    static ScenarioDraws draw(ViralScenario s, long seed) {
        SplittableRandom r = Seeds.random(seed, -1);
        double pue = s.pue().sample(r);
        double[] intensity = new double[s.regions().size()];
        for (int i = 0; i < intensity.length; i++) intensity[i] = Math.max(0, s.regions().get(i).intensityKgPerKWh().sample(r));
        return new ScenarioDraws(Math.max(1, pue), intensity);
    }
}
