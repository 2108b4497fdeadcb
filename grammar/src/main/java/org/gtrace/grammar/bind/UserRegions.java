package org.gtrace.grammar.bind;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.runtime.Bindings;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Values;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.grid.GridBlend;
import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.provenance.Source;

/** The bundled region table plus the regions the session declared with {@code region NAME < … >}. */
final class UserRegions {

    private UserRegions() {}

    /** The last table built for a session, and the region declarations it was built from. */
    private record Cached(List<Declared> regions, RegionTable table) {}

    private static final java.util.Map<Bindings, Cached> CACHE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Rebuilding the table copies it once per user region, so it is kept per session and
     * extended when regions are only added (a cell declaring regions one after another).
     */
    static RegionTable table(RunContext ctx) {
        List<Declared> regions = new ArrayList<>();
        for (String name : ctx.bindings().names()) {
            Object v = ctx.bindings().value(name).orElse(null);
            if (v instanceof Declared d && d.is(Declared.Kind.REGION)) regions.add(d);
        }
        Cached c = CACHE.get(ctx.bindings());
        if (c != null && sameStart(c.regions(), regions)) {
            if (c.regions().size() == regions.size()) return c.table();
            RegionTable t = c.table();
            for (Declared d : regions.subList(c.regions().size(), regions.size())) t = t.with(build(d, t));
            CACHE.put(ctx.bindings(), new Cached(regions, t));
            return t;
        }
        RegionTable t = RegionTable.defaults();
        for (Declared d : regions) t = t.with(build(d, t));
        CACHE.put(ctx.bindings(), new Cached(regions, t));
        return t;
    }

    /** {@code blend FRA, DEU} weighs the members by generation; {@code blend FRA 40%, DEU 60%} by the shares. */
    private static Region blend(Declared d, RegionTable t) {
        Object v = d.get("blend");
        if (v instanceof Shares s) {
            List<Region> members = new ArrayList<>();
            for (String region : s.byRegion().keySet()) members.add(t.lookup(region));
            return GridBlend.byUncertainShares(d.name(), members, List.copyOf(s.byRegion().values()));
        }
        List<Region> members = new ArrayList<>();
        for (Object w : (List<?>) v) members.add(t.lookup(Values.word(w)));
        return GridBlend.byGeneration(d.name(), members);
    }

    private static boolean sameStart(List<Declared> cached, List<Declared> now) {
        if (cached.size() > now.size()) return false;
        for (int i = 0; i < cached.size(); i++) if (cached.get(i) != now.get(i)) return false;
        return true;
    }

    static Region build(Declared d, RegionTable t) {
        if (d.has("blend")) return blend(d, t);
        Region base = d.has("from") ? t.lookup(Values.word(d.get("from"))) : null;
        GridBasis basis = d.has("basis") ? Values.basis(d.get("basis")) : null;
        List<GridIntensity> grids = new ArrayList<>();
        if (d.has("intensity")) {
            int year = d.has("year") ? (int) Values.point(d.get("year"), Field.WHOLE).base() : 0;
            grids.add(GridIntensity.of(Values.value(d.get("intensity"), Field.INTENSITY),
                    basis != null ? basis : GridBasis.LOCATION_LIFECYCLE, year, Source.userInput("region " + d.name())));
        } else if (base != null && basis != null) {
            grids.add(base.intensity(basis));
        }
        if (base != null) grids.addAll(base.grids());
        return new Region(d.name(), base != null ? d.name() + " (from " + base.name() + ")" : d.name(), Region.Kind.USER,
                base != null ? base.country() : "", grids);
    }
}
