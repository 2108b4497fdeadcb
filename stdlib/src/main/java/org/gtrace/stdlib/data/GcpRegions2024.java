package org.gtrace.stdlib.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.provenance.Source;

/** Google Cloud region carbon data, 2024 (GoogleCloudPlatform/region-carbon-info). Loaded once, lazily. */
public final class GcpRegions2024 {

    public static final String FILE = "gcp-region-carbon-2024.csv";

    private GcpRegions2024() {}

    private static final class Holder {
        static final Map<String, GcpRegion> BY_ID = load();
    }

    private static Map<String, GcpRegion> load() {
        Map<String, GcpRegion> m = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(FILE)) {
            String id = r.get("Google Cloud Region");
            m.put(id, new GcpRegion(id, r.get("Location"), DataResources.number(r, "Google CFE"),
                    DataResources.number(r, "Grid carbon intensity (gCO2eq / kWh)")));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static Optional<GcpRegion> byId(String region) {
        return Optional.ofNullable(Holder.BY_ID.get(region));
    }

    public static List<GcpRegion> all() {
        return List.copyOf(Holder.BY_ID.values());
    }

    public static Source source(GcpRegion g) {
        DatasetInfo d = Datasets.get(FILE);
        return new Source("gcp-2024:" + g.region(), "Grid carbon intensity of Google Cloud " + g.region() + " (" + g.location()
                + "), Google, location-based, operational", d.origin(), GcpRegion.YEAR, d.licence(), "verified",
                "direct (operational), location-based, yearly average of hourly values");
    }
}
