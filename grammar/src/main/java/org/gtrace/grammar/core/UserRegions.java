package org.gtrace.grammar.core;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.provenance.Source;

/** The bundled region table plus the regions the session declared with {@code region NAME < … >}. */
final class UserRegions {

    private UserRegions() {}

    static RegionTable table(RunContext ctx) {
        RegionTable t = RegionTable.defaults();
        for (String name : ctx.bindings().names()) {
            Object v = ctx.bindings().value(name).orElse(null);
            if (v instanceof Declared d && d.kind().equals("region")) t = t.with(build(d, t));
        }
        return t;
    }

    static Region build(Declared d, RegionTable t) {
        Region base = d.has("from") ? t.lookup(Values.word(d.get("from"))) : null;
        GridBasis basis = d.has("basis") ? Values.basis(d.get("basis")) : null;
        List<GridIntensity> grids = new ArrayList<>();
        if (d.has("intensity")) {
            int year = d.has("year") ? (int) Values.quantity(d.get("year"), "year").base() : 0;
            grids.add(new GridIntensity(Values.quantity(d.get("intensity"), "intensity"),
                    basis != null ? basis : GridBasis.LOCATION_LIFECYCLE, year, Source.userInput("region " + d.name())));
        } else if (base != null && basis != null) {
            grids.add(base.intensity(basis));
        }
        if (base != null) grids.addAll(base.grids());
        return new Region(d.name(), base != null ? d.name() + " (from " + base.name() + ")" : d.name(), Region.Kind.USER,
                base != null ? base.country() : "", grids);
    }
}
