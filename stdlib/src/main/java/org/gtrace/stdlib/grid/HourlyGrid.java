package org.gtrace.stdlib.grid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;

/**
 * A grid's intensity over time (a grid operator's half-hourly or hourly export, say), for each
 * region it covers, on one regular clock: interval {@code k} starts at {@code origin + k × step}
 * seconds of the epoch. An interval a region has no value for is a gap, never filled in.
 * Intensities are kg CO2e per kWh, as the source published them (their basis is the source's).
 */
public final class HourlyGrid {

    private final String name;
    private final long origin;
    private final long step;
    private final Map<String, double[]> kgPerKWh;

    private HourlyGrid(String name, long origin, long step, Map<String, double[]> kgPerKWh) {
        this.name = name;
        this.origin = origin;
        this.step = step;
        this.kgPerKWh = Collections.unmodifiableMap(kgPerKWh);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** Epoch second the first interval starts at. */
    public long origin() {
        return origin;
    }

    /** Length of each interval, in seconds (1,800 for half-hours, 3,600 for hours). */
    public long step() {
        return step;
    }

    /** The regions covered, by the keys they were added under, in the order first added. */
    public List<String> regions() {
        return List.copyOf(kgPerKWh.keySet());
    }

    public boolean covers(String region) {
        return kgPerKWh.containsKey(region);
    }

    /** How many intervals the clock runs for, from the first start to the last. */
    public int intervals() {
        return kgPerKWh.values().iterator().next().length;
    }

    /** The interval an instant falls in (may lie outside the grid's span). */
    public long intervalOf(long epochSecond) {
        return Math.floorDiv(epochSecond - origin, step);
    }

    public Instant start(long interval) {
        return Instant.ofEpochSecond(origin + interval * step);
    }

    /** The region's intensity in an interval, empty for a gap or outside the span. */
    public OptionalDouble at(String region, long interval) {
        double[] v = kgPerKWh.get(region);
        if (v == null || interval < 0 || interval >= v.length || Double.isNaN(v[(int) interval])) return OptionalDouble.empty();
        return OptionalDouble.of(v[(int) interval]);
    }

    /** The plain (not load-weighted) mean of the region's intervals from {@code first} to {@code last}, gaps skipped. */
    public OptionalDouble mean(String region, long first, long last) {
        double sum = 0;
        int n = 0;
        for (long k = first; k <= last; k++) {
            OptionalDouble v = at(region, k);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    /** "half-hours", "hours", "15-minute intervals": how the notes name the intervals. */
    public String intervalWord() {
        if (step == 3600) return "hours";
        if (step == 1800) return "half-hours";
        if (step == 86_400) return "days";
        return step % 60 == 0 ? step / 60 + "-minute intervals" : step + "-second intervals";
    }

    /** Points in any order; {@link #build} finds the clock and refuses duplicates and uneven times. */
    public static final class Builder {
        private final String name;
        private final Map<String, TreeMap<Long, Double>> points = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder add(String region, long epochSecond, double kgPerKWh) {
            if (!(kgPerKWh >= 0 && Double.isFinite(kgPerKWh))) {
                throw new InputError(Field.INTENSITY, "intensity of " + region + " at " + Instant.ofEpochSecond(epochSecond),
                        "must be a finite number ≥ 0 (got " + kgPerKWh + ")", "fix the row in the file");
            }
            Double before = points.computeIfAbsent(region, r -> new TreeMap<>()).put(epochSecond, kgPerKWh);
            if (before != null) {
                throw new InputError(Field.INTENSITY, "grid '" + name + "'", "has two rows for " + region + " at "
                        + Instant.ofEpochSecond(epochSecond), "keep one row per region and time");
            }
            return this;
        }

        public HourlyGrid build() {
            if (points.isEmpty()) throw new InputError(Field.INTENSITY, "grid '" + name + "'", "has no rows", "load a file with rows");
            long origin = Long.MAX_VALUE, last = Long.MIN_VALUE, step = Long.MAX_VALUE;
            for (TreeMap<Long, Double> p : points.values()) {
                origin = Math.min(origin, p.firstKey());
                last = Math.max(last, p.lastKey());
                Long previous = null;
                for (long t : p.keySet()) {
                    if (previous != null) step = Math.min(step, t - previous);
                    previous = t;
                }
            }
            if (step == Long.MAX_VALUE) {
                throw new InputError(Field.INTENSITY, "grid '" + name + "'", "has one time only, so the length of its intervals is unknown",
                        "give at least two consecutive intervals");
            }
            long n = (last - origin) / step + 1;
            if (n > 10_000_000) {
                throw new InputError(Field.INTENSITY, "grid '" + name + "'", "spans " + n + " intervals", "cut it to the period the telemetry covers");
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            for (var e : points.entrySet()) {
                double[] v = new double[(int) n];
                Arrays.fill(v, Double.NaN);
                for (var p : e.getValue().entrySet()) {
                    if ((p.getKey() - origin) % step != 0) {
                        throw new InputError(Field.INTENSITY, "grid '" + name + "'", e.getKey() + " at " + Instant.ofEpochSecond(p.getKey())
                                + " is off its clock of " + step / 60 + "-minute intervals from " + Instant.ofEpochSecond(origin),
                                "give one row per interval, each at an interval's start");
                    }
                    v[(int) ((p.getKey() - origin) / step)] = p.getValue();
                }
                values.put(e.getKey(), v);
            }
            return new HourlyGrid(name, origin, step, values);
        }
    }

    /** The regions a query named that this grid lacks, for an error that lists what it has. */
    public List<String> missing(List<String> regions) {
        List<String> out = new ArrayList<>();
        for (String r : regions) if (!covers(r) && !out.contains(r)) out.add(r);
        return out;
    }
}
