package org.gtrace.stdlib.grid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.data.DataResources;
import org.gtrace.stdlib.data.DatasetInfo;
import org.gtrace.stdlib.data.Datasets;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * The water a region's electricity and data centres consume per kWh: off-site (power plants) by
 * the country's electricity mix, from EcoLogits' per-country factors (WRI method), else the world
 * figure; on-site by the cloud provider's published average where the region belongs to one.
 */
public final class RegionWater {

    public static final String FILE = Datasets.ECOLOGITS_MIXES;
    static final String WORLD = "wue.offsite.world";

    /**
     * A rate in L/kWh with where it comes from; {@code fallback} when a stand-in was used: the
     * world's figure for a country's off-site one, 0 for an on-site one nobody publishes.
     */
    public record Rate(UncertainQuantity litresPerKwh, Source source, boolean fallback) {}

    private static final Source NO_ONSITE = Source.assumption("wue.onsite.missing", "on-site WUE not given",
            "no on-site WUE is published for this region; counted as 0");

    private RegionWater() {}

    private static final class Holder {
        static final Map<String, Double> BY_COUNTRY = load();
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(FILE)) m.put(r.get("name"), Double.parseDouble(r.get("wue")));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The off-site rate: the user's where given, else the region's. */
    public static Rate offsite(Region r, UncertainQuantity given, Source user) {
        return given != null ? new Rate(given, user, false) : offsite(r);
    }

    /** The on-site rate: the user's where given, else the region's provider's, else 0 (a stand-in, said in the notes). */
    public static Rate onsite(Region r, UncertainQuantity given, Source user) {
        if (given != null) return new Rate(given, user, false);
        return onsite(r).orElse(new Rate(UncertainQuantity.of(Quantity.of(0, "L/kWh")), NO_ONSITE, true));
    }

    /** What the notes say of the stand-ins: regions without on-site water, of {@code regions}, and those on the world's off-site figure. */
    public static java.util.List<String> notes(java.util.List<String> noOnsite, java.util.List<String> worldOffsite, int regions) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (noOnsite.size() == regions) {
            out.add("on-site water not counted: no generic on-site WUE is published; give wue to include it");
        } else if (!noOnsite.isEmpty()) {
            out.add("on-site water not counted in " + String.join(", ", noOnsite) + ": no on-site WUE is published for it;"
                    + " give wue to include it");
        }
        if (!worldOffsite.isEmpty()) {
            out.add("off-site water of " + String.join(", ", worldOffsite) + ": no per-country figure is bundled, the world's "
                    + org.gtrace.stdlib.units.DisplayUnits.number(LiteratureFigures.get(WORLD).value()) + " L/kWh was used");
        }
        return out;
    }

    /** Off-site water per kWh of electricity where the region draws it. */
    public static Rate offsite(Region r) {
        Double v = r.country().isEmpty() ? null : Holder.BY_COUNTRY.get(r.country());
        if (v == null) {
            Figure w = LiteratureFigures.get(WORLD);
            return new Rate(UncertainQuantity.of(w.quantity()), w.source(), r.kind() != Region.Kind.WORLD);
        }
        DatasetInfo d = Datasets.get(FILE);
        Source s = new Source("ecologits-mix:" + r.country(), "water consumed off-site per kWh of electricity, " + r.country()
                + " (EcoLogits, WRI method)", d.origin(), 0, d.licence(), "secondary", "");
        return new Rate(UncertainQuantity.of(Quantity.of(v, "L/kWh")), s, false);
    }

    /** The on-site WUE its cloud provider publishes, for a cloud region; none for a country or a user's region. */
    public static Optional<Rate> onsite(Region r) {
        String id = r.id();
        String figure = id.startsWith("gcp:") ? "wue.onsite.google" : id.startsWith("aws:") ? "wue.onsite.aws"
                : id.startsWith("azure:") && r.country().equals("USA") ? "wue.onsite.azure_us" : null;
        if (figure == null) return Optional.empty();
        Figure f = LiteratureFigures.get(figure);
        return Optional.of(new Rate(UncertainQuantity.of(f.quantity()), f.source(), false));
    }
}
