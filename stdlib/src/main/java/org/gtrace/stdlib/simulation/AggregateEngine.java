package org.gtrace.stdlib.simulation;

import java.util.List;
import java.util.SplittableRandom;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Seeds;
import org.gtrace.stdlib.uncertainty.Variates;

/**
 * Simulates counts, not people: per day and user group (region × tier), new adopters are a
 * binomial draw from those not yet adopted, the active among each day's adoption cohort a
 * binomial draw with that cohort's engagement, and their outputs an exact draw of the sum
 * (Poisson or negative binomial; with a cap, a multinomial over 0..cap). Cost grows with days²
 * and groups, not with users: 130M users cost the same as 1,000.
 */
public final class AggregateEngine implements SimulationEngine {

    @Override public String name() {
        return "aggregate";
    }

    @Override
    public SimulationResult run(ViralScenario s, long seed, ProgressListener listener) {
        List<ViralScenario.Group> groups = s.groups();
        ModelTables t = new ModelTables(s);
        DailySeries series = new DailySeries(s.days(), s.regions().size());
        GroupState[] state = new GroupState[groups.size()];
        for (int g = 0; g < state.length; g++) state[g] = new GroupState(groups.get(g), s.days(), seed, g);
        for (int d = 0; d < s.days(); d++) {
            if (Thread.currentThread().isInterrupted()) throw new CancelledException("the viral simulation");
            for (GroupState g : state) step(g, d, s, t, series);
            listener.progress((d + 1.0) / s.days());
        }
        return new SimulationResult(s, name(), seed, series, ScenarioDraws.draw(s, seed));
    }

    private static void step(GroupState g, int d, ViralScenario s, ModelTables t, DailySeries series) {
        SplittableRandom r = g.random;
        long adopters = Variates.binomial(r, g.notAdopted, s.adoption().hazard(d));
        g.notAdopted -= adopters;
        g.cohorts[d] = adopters;
        long active = 0;
        for (int j = 0; j <= d; j++) active += Variates.binomial(r, g.cohorts[j], t.engagement[d - j]);
        Tier tier = s.tiers().get(g.group.tier());
        long outputs = tier.capped()
                ? cappedSum(r, active, t.cappedPmf[g.group.tier()], tier.dailyCap())
                : s.outputs().sampleSum(r, active, tier.meanOutputsPerDay());
        series.add(d, g.group.region(), active, outputs, EnergySum.draw(r, s.energyPerOutput(), outputs));
    }

    /** Sum over {@code users} of min(X, cap): a multinomial over the values 0..cap by sequential binomials. */
    private static long cappedSum(SplittableRandom r, long users, double[] pmf, int cap) {
        long remaining = users, total = 0;
        double massLeft = 1;
        for (int j = 0; j < cap && remaining > 0; j++) {
            double p = massLeft <= 0 ? 1 : Math.min(1, pmf[j] / massLeft);
            long n = Variates.binomial(r, remaining, p);
            total += j * n;
            remaining -= n;
            massLeft -= pmf[j];
        }
        return total + (long) cap * remaining;
    }

    private static final class GroupState {
        final ViralScenario.Group group;
        final SplittableRandom random;
        final long[] cohorts;
        long notAdopted;

        GroupState(ViralScenario.Group group, int days, long seed, int index) {
            this.group = group;
            this.random = Seeds.random(seed, 2_000_000L + index);
            this.cohorts = new long[days];
            this.notAdopted = group.users();
        }
    }
}
