package org.gtrace.stdlib.simulation;

/** Per-scenario tables both engines read: engagement by age, adoption-day distribution, capped pmfs. */
final class ModelTables {
    final double[] engagement;
    /** cumulative[d] = F(d+1): probability of having adopted by the end of day d. */
    final double[] adoptedBy;
    final double[][] cappedPmf;

    ModelTables(ViralScenario s) {
        int days = s.days();
        engagement = new double[days];
        adoptedBy = new double[days];
        for (int a = 0; a < days; a++) {
            engagement[a] = s.engagement().activeProbability(a);
            adoptedBy[a] = s.adoption().cumulative(a + 1.0);
        }
        cappedPmf = new double[s.tiers().size()][];
        for (int t = 0; t < s.tiers().size(); t++) {
            Tier tier = s.tiers().get(t);
            double[] pmf = new double[Math.max(tier.dailyCap(), 0)];
            for (int j = 0; j < pmf.length; j++) pmf[j] = s.outputs().pmf(tier.meanOutputsPerDay(), j);
            cappedPmf[t] = pmf;
        }
    }
}
