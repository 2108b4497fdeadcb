package org.gtrace.stdlib.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.Distribution;

/**
 * Everything a viral simulation needs, in base units: a population split by region and tier, an
 * adoption curve, engagement, outputs per active user, and the energy of one output.
 *
 * @param name              scenario name
 * @param users             total population that may adopt
 * @param days              days simulated, from launch (day 0)
 * @param regions           regional split; shares sum to 1
 * @param tiers             user tiers; shares sum to 1
 * @param adoption          cumulative adoption curve
 * @param engagement        daily activity of adopters and its decay
 * @param outputs           distribution of outputs per active user per day (before caps)
 * @param energyPerOutput   IT energy of one output, kWh, drawn for every output
 * @param pue               facility overhead factor, drawn once per run (≥ 1)
 * @param sources           where each named input comes from (shown by reports); may be empty
 */
public record ViralScenario(String name, long users, int days, List<RegionShare> regions, List<Tier> tiers,
                            AdoptionCurve adoption, Engagement engagement, OutputsPerUser outputs,
                            Distribution energyPerOutput, Distribution pue, Map<String, Source> sources) {

    public ViralScenario {
        Objects.requireNonNull(name, "name");
        if (users < 1 || users > 20_000_000_000L) throw new IllegalArgumentException("users must be between 1 and 2e10 (got " + users + ")");
        if (days < 1 || days > 3650) throw new IllegalArgumentException("days must be between 1 and 3650 (got " + days + ")");
        regions = List.copyOf(regions);
        tiers = List.copyOf(tiers);
        requireShares(regions.stream().mapToDouble(RegionShare::share).sum(), "region");
        requireShares(tiers.stream().mapToDouble(Tier::share).sum(), "tier");
        Objects.requireNonNull(adoption, "adoption curve");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(outputs, "outputs per user");
        Objects.requireNonNull(energyPerOutput, "energy per output");
        Objects.requireNonNull(pue, "PUE");
        if (energyPerOutput.quantile(0.05) < 0) throw new IllegalArgumentException("energy per output can go negative; narrow its spread");
        if (pue.quantile(0.05) < 1) throw new IllegalArgumentException("PUE must be at least 1 (its p5 is " + pue.quantile(0.05) + ")");
        sources = Map.copyOf(sources);
    }

    private static void requireShares(double sum, String what) {
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException(what + " shares sum to " + Math.round(sum * 1e4) / 100.0
                    + "%, not 100%; adjust them so they add up");
        }
    }

    /** The same scenario with another population (to run a scaled copy with the agent engine). */
    public ViralScenario withUsers(long n) {
        return new ViralScenario(name, n, days, regions, tiers, adoption, engagement, outputs, energyPerOutput, pue, sources);
    }

    public ViralScenario withDays(int d) {
        return new ViralScenario(name, users, d, regions, tiers, adoption, engagement, outputs, energyPerOutput, pue, sources);
    }

    /** A user group: one region × one tier, with its size. */
    record Group(int region, int tier, long users) {}

    /**
     * Users per region × tier, by the largest-remainder method so the sizes add up to
     * {@link #users} exactly; both engines use the same split.
     */
    List<Group> groups() {
        int r = regions.size(), t = tiers.size();
        long[] sizes = new long[r * t];
        double[] remainders = new double[r * t];
        long assigned = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < t; j++) {
                double exact = users * regions.get(i).share() * tiers.get(j).share();
                sizes[i * t + j] = (long) Math.floor(exact);
                remainders[i * t + j] = exact - sizes[i * t + j];
                assigned += sizes[i * t + j];
            }
        }
        for (long left = users - assigned; left > 0; left--) {
            int best = 0;
            for (int g = 1; g < sizes.length; g++) if (remainders[g] > remainders[best]) best = g;
            sizes[best]++;
            remainders[best] = -1;
        }
        List<Group> out = new ArrayList<>();
        for (int g = 0; g < sizes.length; g++) out.add(new Group(g / t, g % t, sizes[g]));
        return out;
    }
}
