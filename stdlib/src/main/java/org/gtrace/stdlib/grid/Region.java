package org.gtrace.stdlib.grid;

import org.gtrace.stdlib.errors.Field;
import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.errors.InputError;

/**
 * A place whose electricity a workload uses: a country, a cloud region, the world average, or a
 * region the user defined. It may have figures on more than one basis; the first is its default.
 *
 * @param id      canonical key shown in tables: "FRA", "gcp:europe-west1", "world", or the user's name
 * @param name    readable name: "France", "Google Cloud europe-west1 (St. Ghislain)"
 * @param kind    what sort of region it is
 * @param country ISO3 code of the country it lies in, or ""
 * @param grids   its intensity figures, default first
 */
public record Region(String id, String name, Kind kind, String country, List<GridIntensity> grids) {

    public enum Kind { COUNTRY, CLOUD, WORLD, USER }

    public Region {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, id);
        country = Objects.requireNonNullElse(country, "");
        grids = List.copyOf(grids);
        if (grids.isEmpty()) throw new InputError(Field.REGION, "region " + id, "has no grid intensity", "give its intensity, e.g. 50 g/kWh");
    }

    /** A region the user defines with one intensity figure. */
    public static Region user(String name, GridIntensity grid) {
        return new Region(name, name, Kind.USER, "", List.of(grid));
    }

    /**
     * An intensity the user gave instead of a region. When its basis was not stated it is taken as
     * location-based, lifecycle, and the region's description says so, for the notes.
     */
    public static Region given(GridIntensity grid, boolean basisStated) {
        if (basisStated) return user("given intensity", grid);
        return new Region("given intensity", "given intensity; basis not stated, taken as location-based, lifecycle",
                Kind.USER, "", List.of(grid));
    }

    /** The default intensity figure. */
    public GridIntensity intensity() {
        return grids.get(0);
    }

    /** The figure on {@code basis}; an error naming the region and the fix when none is bundled. */
    public GridIntensity intensity(GridBasis basis) {
        for (GridIntensity g : grids) if (g.basis().equals(basis)) return g;
        for (GridIntensity g : grids) if (basis.accepts(g.basis())) return g;
        List<String> have = grids.stream().map(g -> g.basis().describe()).toList();
        throw new InputError(Field.BASIS, "no " + basis.describe() + " intensity is bundled for region '" + id + "' (it has "
                + String.join("; ", have) + ")", "give the " + basis.describe() + " intensity yourself, e.g. as a user-defined region");
    }

    /** This region with another default figure, e.g. a user's override. */
    public Region withIntensity(GridIntensity g) {
        List<GridIntensity> gs = new java.util.ArrayList<>();
        gs.add(g);
        gs.addAll(grids);
        return new Region(id, name, kind, country, gs);
    }
}
