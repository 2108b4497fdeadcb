package org.gtrace.stdlib.grid;

import org.gtrace.stdlib.errors.Field;
import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
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
    private final List<UncertainQuantity> shares;
    private final boolean defaulted;
    private final GridBasis basis;

    private RegionSplit(List<Region> regions, List<UncertainQuantity> shares, boolean defaulted, GridBasis basis) {
        this.regions = List.copyOf(regions);
        this.shares = List.copyOf(shares);
        this.defaulted = defaulted;
        this.basis = basis;
    }

    /** The world average, because no region was given. */
    public static RegionSplit worldDefault(RegionTable table) {
        return new RegionSplit(List.of(table.world()), List.of(UncertainQuantity.number(1)), true, null);
    }

    public static RegionSplit single(Region region) {
        return new RegionSplit(List.of(region), List.of(UncertainQuantity.number(1)), false, null);
    }

    /** Regions with their shares (fractions, 0.6 for 60%); validated to be non-negative, distinct and sum to 100%. */
    public static RegionSplit shares(List<Region> regions, List<Double> shares) {
        return split(regions, shares.stream().map(UncertainQuantity::number).toList());
    }

    /**
     * Regions with shares that may be uncertain. Each share is drawn within its range and the
     * draws are then divided by their sum, so the shares of every draw add up to 100%; the
     * shares' central values must add up to 100% as a point split's do.
     */
    public static RegionSplit split(List<Region> regions, List<UncertainQuantity> shares) {
        if (regions.size() != shares.size()) throw new IllegalArgumentException("one share per region");
        if (regions.isEmpty()) throw new InputError(Field.REGION_SHARES, "no regions given", "give at least one region");
        double sum = 0;
        List<String> seen = new ArrayList<>();
        List<UncertainQuantity> checked = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            UncertainQuantity q = shares.get(i);
            String id = regions.get(i).id();
            double s = q.centralBase();
            if (q.isPoint() && (!Double.isFinite(s) || s < 0 || s > 1)) {
                throw new InputError(Field.REGION_SHARES, "share of '" + id + "' must be between 0% and 100% (got "
                        + pct(s) + ")", "give each share as a percentage such as 60%");
            }
            checked.add(q.isPoint() ? q : Check.fraction(q, Field.REGION_SHARES));
            if (seen.contains(id)) throw new InputError(Field.REGION_SHARES, "region '" + id + "' is listed twice", "list each region once");
            seen.add(id);
            sum += s;
        }
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            throw new InputError(Field.REGION_SHARES, "shares add up to " + pct(sum) + ", not 100%",
                    "make the shares of " + String.join(", ", seen) + " sum to 100%");
        }
        return new RegionSplit(regions, normalised(checked), false, null);
    }

    /** Uncertain shares divided by their sum (a point split is left as written). */
    private static List<UncertainQuantity> normalised(List<UncertainQuantity> shares) {
        if (shares.stream().allMatch(UncertainQuantity::isPoint)) return shares;
        UncertainQuantity total = shares.get(0);
        for (int i = 1; i < shares.size(); i++) total = total.plus(shares.get(i));
        List<UncertainQuantity> out = new ArrayList<>();
        for (UncertainQuantity s : shares) out.add(s.dividedBy(total));
        return out;
    }

    /** Whether any share is uncertain. */
    public boolean uncertainShares() {
        return shares.stream().anyMatch(s -> !s.isPoint());
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
