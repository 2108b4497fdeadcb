package org.gtrace.stdlib.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.gtrace.stdlib.uncertainty.ParallelBlocks;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Seeds;

/**
 * Simulates every user: each draws the day it adopts (from the adoption curve), then, day by
 * day, whether it is active (engagement at its age), how many outputs it asks for (capped by its
 * tier) and the energy of each. Users are cut into blocks of {@value #BLOCK}, each with its own
 * random generator, so results do not depend on the thread count. Meant for populations up to
 * about a million; {@link AggregateEngine} handles more.
 */
public final class AgentEngine implements SimulationEngine {
    static final int BLOCK = 1 << 14;
    /** Above this, the agent engine refuses and points to the aggregate one. */
    public static final long MAX_USERS = 20_000_000;

    private final int threads;

    public AgentEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    @Override public String name() {
        return "agent";
    }

    @Override
    public SimulationResult run(ViralScenario s, long seed, ProgressListener listener) {
        if (s.users() > MAX_USERS) {
            throw new IllegalArgumentException("the agent engine simulates at most " + MAX_USERS
                    + " users (got " + s.users() + "); use the aggregate engine");
        }
        List<ViralScenario.Group> groups = s.groups();
        long[] groupEnd = new long[groups.size()];
        long acc = 0;
        for (int g = 0; g < groups.size(); g++) groupEnd[g] = acc += groups.get(g).users();
        ModelTables t = new ModelTables(s);
        int blocks = (int) ((s.users() + BLOCK - 1) / BLOCK);
        DailySeries[] perBlock = new DailySeries[blocks];
        ParallelBlocks.run("viral simulation", blocks, threads, b -> {
            if (Thread.currentThread().isInterrupted()) throw new CancelledException("the viral simulation");
            perBlock[b] = block(s, t, groups, groupEnd, seed, b);
        }, listener);
        DailySeries total = new DailySeries(s.days(), s.regions().size());
        for (DailySeries d : perBlock) total.addAll(d);
        return new SimulationResult(s, name(), seed, total, ScenarioDraws.draw(s, seed));
    }

    private static DailySeries block(ViralScenario s, ModelTables t, List<ViralScenario.Group> groups, long[] groupEnd,
                                     long seed, int b) {
        DailySeries out = new DailySeries(s.days(), s.regions().size());
        SplittableRandom r = Seeds.random(seed, 1_000_000L + b);
        long from = (long) b * BLOCK, to = Math.min(s.users(), from + BLOCK);
        int g = groupOf(groupEnd, from);
        for (long user = from; user < to; user++) {
            while (user >= groupEnd[g]) g++;
            if ((user & 255) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancelledException("the viral simulation");
            }
            simulateUser(s, t, groups.get(g), r, out);
        }
        return out;
    }

    private static int groupOf(long[] groupEnd, long user) {
        int i = Arrays.binarySearch(groupEnd, user + 1);
        return i >= 0 ? i : -i - 1;
    }

    private static void simulateUser(ViralScenario s, ModelTables t, ViralScenario.Group group, SplittableRandom r,
                                     DailySeries out) {
        int adoptDay = Arrays.binarySearch(t.adoptedBy, r.nextDouble());
        adoptDay = adoptDay >= 0 ? adoptDay + 1 : -adoptDay - 1; // first day whose F(d+1) exceeds u
        Tier tier = s.tiers().get(group.tier());
        for (int d = adoptDay; d < s.days(); d++) {
            if (r.nextDouble() >= t.engagement[d - adoptDay]) continue;
            long x = s.outputs().sample(r, tier.meanOutputsPerDay());
            if (tier.capped() && x > tier.dailyCap()) x = tier.dailyCap();
            out.add(d, group.region(), 1, x, EnergySum.draw(r, s.energyPerOutput(), x));
        }
    }
}
