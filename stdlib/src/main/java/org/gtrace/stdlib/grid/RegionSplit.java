package org.gtrace.stdlib.grid;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.units.DisplayUnits;

/**
 * Where a workload's electricity comes from: one region, several by share (summing to 100%), or,
 * when none is given, the world average — and the output says so.
 */
public final class RegionSplit {

    /** Shares must sum to 1 within this tolerance (0.01 percentage points). */
    static final double SHARE_TOLERANCE = 1e-4;

    public static final String WORLD_NOTE = "no region given: world average used";

    private final List<Region> regions;
    private final List<Double> shares;
    private final boolean defaulted;
    private final GridBasis basis;

    private RegionSplit(List<Region> regions, List<Double> shares, boolean defaulted, GridBasis basis) {
        this.regions = List.copyOf(regions);
        this.shares = List.copyOf(shares);
        this.defaulted = defaulted;
        this.basis = basis;
    }

    /** The world average, because no region was given. */
    public static RegionSplit worldDefault(RegionTable table) {
        return new RegionSplit(List.of(table.world()), List.of(1.0), true, null);
    }

    public static RegionSplit single(Region region) {
        return new RegionSplit(List.of(region), List.of(1.0), false, null);
    }

    /** Regions with their shares (fractions, 0.6 for 60%); validated to be non-negative, distinct and sum to 100%. */
    public static RegionSplit shares(List<Region> regions, List<Double> shares) {
        if (regions.size() != shares.size()) throw new IllegalArgumentException("one share per region");
        if (regions.isEmpty()) throw new InputError("region shares", "no regions given", "give at least one region");
        double sum = 0;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            double s = shares.get(i);
            String id = regions.get(i).id();
            if (!Double.isFinite(s) || s < 0 || s > 1) {
                throw new InputError("region shares", "share of '" + id + "' must be between 0% and 100% (got "
                        + pct(s) + ")", "give each share as a percentage such as 60%");
            }
            if (seen.contains(id)) throw new InputError("region shares", "region '" + id + "' is listed twice", "list each region once");
            seen.add(id);
            sum += s;
        }
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            throw new InputError("region shares", "shares add up to " + pct(sum) + ", not 100%",
                    "make the shares of " + String.join(", ", seen) + " sum to 100%");
        }
        return new RegionSplit(regions, shares, false, null);
    }

    private static String pct(double s) {
        return Double.isFinite(s) ? DisplayUnits.number(s * 100) + "%" : String.valueOf(s);
    }

    /** The same split, reading each region's figure on {@code basis} (null: each region's default). */
    public RegionSplit onBasis(GridBasis basis) {
        return new RegionSplit(regions, shares, defaulted, basis);
    }

    public boolean isWorldDefault() {
        return defaulted;
    }

    public GridBasis basis() {
        return basis;
    }

    public List<Region> regions() {
        return regions;
    }

    /** Each region with the figure chosen for it; throws if a region lacks the requested basis. */
    public List<GridShare> resolve() {
        List<GridShare> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            out.add(new GridShare(r, basis == null ? r.intensity() : r.intensity(basis), shares.get(i)));
        }
        return out;
    }

    /** Regions listed one note each up to this many; beyond it the notes summarise bases and years. */
    static final int NOTE_PER_REGION_LIMIT = 8;

    /** Sentences for a result: which figure, basis and year each region used, and the world-average note. */
    public List<String> notes() {
        List<GridShare> gs = resolve();
        List<String> notes = new ArrayList<>();
        if (defaulted) {
            notes.add(WORLD_NOTE + ": " + gs.get(0).grid().describe() + ", source " + gs.get(0).grid().source().id());
            return notes;
        }
        if (gs.size() <= NOTE_PER_REGION_LIMIT) {
            for (GridShare g : gs) {
                Region r = g.region();
                String label = r.name().equals(r.id()) ? r.id() : r.id() + " (" + r.name() + ")";
                notes.add("grid " + label + ": " + g.grid().describe() + ", source " + g.grid().source().id());
            }
            return notes;
        }
        java.util.Map<String, Integer> byBasis = new java.util.TreeMap<>();
        int minYear = Integer.MAX_VALUE, maxYear = 0;
        for (GridShare g : gs) {
            byBasis.merge(g.grid().basis().describe(), 1, Integer::sum);
            if (g.grid().year() > 0) {
                minYear = Math.min(minYear, g.grid().year());
                maxYear = Math.max(maxYear, g.grid().year());
            }
        }
        List<String> parts = new ArrayList<>();
        byBasis.forEach((b, n) -> parts.add(b + " (" + n + ")"));
        notes.add("grid: " + gs.size() + " regions; bases " + String.join(", ", parts)
                + (maxYear > 0 ? "; years " + (minYear == maxYear ? minYear : minYear + "-" + maxYear) : "")
                + "; each region's figure, basis and year are in the table");
        return notes;
    }
}
