package org.gtrace.stdlib.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A carbon-aware what-if: a flexible share of each interval's load waits up to a window for the
 * cleanest interval of its own grid ({@link Across#HOURS}), moves at once to the cleanest region
 * the grid covers ({@link Across#REGIONS}), or both. Load only waits, never runs early, and a
 * destination takes any amount: no capacity limit is modelled, so the saving is an upper bound
 * for that share and window. Load moves only where the intensity is lower than where it was.
 */
public final class LoadShift {

    private LoadShift() {}

    public enum Across { HOURS, REGIONS, BOTH }

    /**
     * What the shift did.
     *
     * @param kWh      all the load's energy (matched)
     * @param beforeKg CO2e where and when the load ran
     * @param afterKg  CO2e once the flexible share has moved
     * @param movedKWh energy that moved (flexible and with somewhere cleaner to go)
     * @param before   energy per interval before, summed over regions
     * @param after    energy per interval after
     */
    public record Result(double kWh, double beforeKg, double afterKg, double movedKWh,
                         TreeMap<Long, Double> before, TreeMap<Long, Double> after) {

        public double savedKg() {
            return beforeKg - afterKg;
        }

        /** The share of the load that moved, 0..1. */
        public double movedShare() {
            return kWh == 0 ? 0 : movedKWh / kWh;
        }

        public double savedShare() {
            return beforeKg == 0 ? 0 : savedKg() / beforeKg;
        }
    }

    /**
     * @param load     kWh by region (grid key) and interval; slices the grid has no value for are refused by the caller
     * @param flexible share of each slice's energy that may move, 0..1
     * @param window   how many intervals load may wait (0: none)
     */
    public static Result of(HourlyGrid grid, Map<String, Map<Long, Double>> load, double flexible, long window, Across across) {
        double kWh = 0, before = 0, after = 0, moved = 0;
        TreeMap<Long, Double> was = new TreeMap<>(), now = new TreeMap<>();
        List<String> regions = across == Across.HOURS ? null : grid.regions();
        for (var r : load.entrySet()) {
            for (var slice : r.getValue().entrySet()) {
                long k = slice.getKey();
                double e = slice.getValue(), here = grid.at(r.getKey(), k).orElseThrow();
                kWh += e;
                before += e * here;
                was.merge(k, e, Double::sum);
                long[] best = {k};
                double cleanest = cleanest(grid, r.getKey(), k, across == Across.REGIONS ? 0 : window, regions, best);
                double move = cleanest < here ? flexible * e : 0;
                moved += move;
                after += (e - move) * here + move * cleanest;
                now.merge(k, e - move, Double::sum);
                if (move > 0) now.merge(best[0], move, Double::sum);
            }
        }
        return new Result(kWh, before, after, moved, was, now);
    }

    /** The lowest intensity load at {@code k} could reach; {@code best[0]} gets its interval. */
    private static double cleanest(HourlyGrid grid, String region, long k, long window, List<String> regions, long[] best) {
        double low = Double.POSITIVE_INFINITY;
        List<String> candidates = regions == null ? List.of(region) : new ArrayList<>(regions);
        for (long j = k; j <= k + window; j++) {
            for (String c : candidates) {
                OptionalDouble v = grid.at(c, j);
                if (v.isPresent() && v.getAsDouble() < low) {
                    low = v.getAsDouble();
                    best[0] = j;
                }
            }
        }
        return low;
    }
}
