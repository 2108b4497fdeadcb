package org.gtrace.stdlib.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cloud regions mapped to countries and grid intensities (CodeCarbon impact.csv). Loaded once, lazily. */
public final class CloudRegionsCodeCarbon {

    public static final String FILE = "cloud-regions-codecarbon.csv";

    private CloudRegionsCodeCarbon() {}

    private static final class Holder {
        static final List<CloudRegion> ALL = load();
    }

    private static List<CloudRegion> load() {
        List<CloudRegion> out = new ArrayList<>();
        for (Map<String, String> r : DataResources.csv(FILE)) {
            out.add(new CloudRegion(r.get("provider"), r.get("region"), r.get("country_name"), r.get("countryIsoCode"),
                    r.get("city"), DataResources.number(r, "impact"), r.get("source")));
        }
        return List.copyOf(out);
    }

    public static List<CloudRegion> all() {
        return Holder.ALL;
    }
}
