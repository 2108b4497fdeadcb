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

    /** A rate in L/kWh with where it comes from; {@code fallback} when the world figure stood in for a country's. */
    public record Rate(UncertainQuantity litresPerKwh, Source source, boolean fallback) {}

    private RegionWater() {}

    private static final class Holder {
        static final Map<String, Double> BY_COUNTRY = load();
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(FILE)) m.put(r.get("name"), Double.parseDouble(r.get("wue")));
        return java.util.Collections.unmodifiableMap(m);
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
