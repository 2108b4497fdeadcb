package org.gtrace.stdlib.grid;

import org.gtrace.stdlib.errors.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.text.DidYouMean;

/**
 * Every region a name can refer to: countries by ISO3 code, ISO2 code or name; cloud regions by
 * provider and id ({@code gcp:europe-west1}) or by bare id when only one provider uses it; the
 * world average ({@code world}); and regions a user defined. Matching ignores case. Immutable:
 * {@link #with} returns a new table.
 */
public final class RegionTable {

    public static final String WORLD = "world";

    private final Map<String, Region> byKey;
    private final List<Region> regions;
    private volatile List<String> names; // computed on first use; the table is immutable

    RegionTable(Map<String, Region> byKey, List<Region> regions) {
        this.byKey = Collections.unmodifiableMap(byKey);
        this.regions = List.copyOf(regions);
    }

    private static final class Holder {
        static final RegionTable DEFAULTS = BundledRegions.build();
    }

    /** The regions built from the bundled data (loaded once, on first use). */
    public static RegionTable defaults() {
        return Holder.DEFAULTS;
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The region this name refers to, or an {@link UnknownNameError} with close names. */
    public Region lookup(String name) {
        return find(name).orElseThrow(() -> new UnknownNameError(Field.REGION, "region", name, didYouMean(name),
                "use an ISO code (FR, FRA), a country name, a cloud region such as gcp:europe-west1, world, "
                        + "or define the region with its intensity"));
    }

    public Optional<Region> find(String name) {
        if (name == null) return Optional.empty();
        return Optional.ofNullable(byKey.get(normalise(name)));
    }

    /** The world average region (Ember's countries weighted by generation, 480.6 g/kWh), used when a workload names no region. */
    public Region world() {
        return byKey.get(WORLD);
    }

    /** Every name a user can write, as spelt in the data (for completion). */
    public List<String> names() {
        List<String> n = names;
        if (n == null) {
            List<String> out = new ArrayList<>();
            for (Region r : regions) out.addAll(BundledRegions.namesOf(r));
            names = n = out.stream().distinct().toList();
        }
        return n;
    }

    /** Close matches for a mistyped region name, closest first (at most three). */
    public List<String> didYouMean(String name) {
        return DidYouMean.suggest(name, names());
    }

    /** Every region, in load order. */
    public List<Region> regions() {
        return regions;
    }

    /**
     * The names {@code r} answers to, the one to write first: a country's ISO3 code, then its ISO2
     * code and name; a cloud region's bare id (europe-west1), which needs no quotes, then its
     * provider-prefixed one, when the bare id finds this region.
     */
    public List<String> spellingsOf(Region r) {
        List<String> names = new ArrayList<>(BundledRegions.namesOf(r));
        if (r.kind() == Region.Kind.CLOUD && names.size() > 1 && lookupOrNull(names.get(1)) == r) {
            java.util.Collections.swap(names, 0, 1);
        }
        return List.copyOf(names);
    }

    private Region lookupOrNull(String name) {
        return byKey.get(normalise(name));
    }

    /** A table that also knows {@code region} (under its id and name), replacing any region of that name. */
    public RegionTable with(Region region) {
        Map<String, Region> m = new LinkedHashMap<>(byKey);
        List<Region> rs = new ArrayList<>(regions);
        rs.removeIf(r -> normalise(r.id()).equals(normalise(region.id())));
        rs.add(region);
        for (String n : BundledRegions.namesOf(region)) m.put(normalise(n), region);
        return new RegionTable(m, rs);
    }
}
