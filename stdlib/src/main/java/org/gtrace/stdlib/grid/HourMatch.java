package org.gtrace.stdlib.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Metered energy priced at the intensity of the interval it was used in, instead of at a yearly
 * average. Each slice is one group's energy in one region and interval of an {@link HourlyGrid}.
 * Beside the matched CO2e it keeps what explains a difference from an annual figure: the grid's
 * plain mean over the period the load spans (what the period and the source's basis give), against
 * the load-weighted mean (what the timing of the load within that period gives).
 */
public final class HourMatch {

    private HourMatch() {}

    /** {@code kWh} of {@code group}'s load in {@code region} (a grid key) during {@code interval}. */
    public record Slice(String group, String region, long interval, double kWh) {}

    /**
     * One group's matched figures.
     *
     * @param kWh           energy of the matched slices
     * @param kg            CO2e, the sum of each slice's energy × its interval's intensity
     * @param unmatchedKWh  energy in intervals the grid has no value for (not in {@code kg})
     * @param unmatched     how many slices those were
     * @param periodMean    the grid's plain mean over each region's span of intervals, weighted by the region's share of energy
     * @param first         the first interval of the load
     * @param last          the last interval of the load
     */
    public record Matched(double kWh, double kg, double unmatchedKWh, long unmatched, double periodMean, long first, long last) {

        /** The load-weighted intensity met, kg/kWh. */
        public double intensity() {
            return kWh == 0 ? 0 : kg / kWh;
        }
    }

    /** Each group's figures, in the order groups first appear. */
    public static Map<String, Matched> match(HourlyGrid grid, List<Slice> slices) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (Slice s : slices) acc.computeIfAbsent(s.group(), g -> new Acc()).add(grid, s);
        Map<String, Matched> out = new LinkedHashMap<>();
        acc.forEach((g, a) -> out.put(g, a.result(grid)));
        return out;
    }

    private static final class Acc {
        double kWh, kg, unmatchedKWh;
        long unmatched, first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        final Map<String, long[]> spans = new LinkedHashMap<>();
        final Map<String, Double> regionKWh = new LinkedHashMap<>();

        void add(HourlyGrid grid, Slice s) {
            OptionalDouble i = grid.at(s.region(), s.interval());
            if (i.isEmpty()) {
                unmatchedKWh += s.kWh();
                unmatched++;
                return;
            }
            kWh += s.kWh();
            kg += s.kWh() * i.getAsDouble();
            first = Math.min(first, s.interval());
            last = Math.max(last, s.interval());
            long[] span = spans.computeIfAbsent(s.region(), r -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            span[0] = Math.min(span[0], s.interval());
            span[1] = Math.max(span[1], s.interval());
            regionKWh.merge(s.region(), s.kWh(), Double::sum);
        }

        Matched result(HourlyGrid grid) {
            double mean = 0;
            for (var e : spans.entrySet()) {
                double share = kWh == 0 ? 1.0 / spans.size() : regionKWh.get(e.getKey()) / kWh;
                mean += share * grid.mean(e.getKey(), e.getValue()[0], e.getValue()[1]).orElse(0);
            }
            return new Matched(kWh, kg, unmatchedKWh, unmatched, mean, first, last);
        }
    }
}
