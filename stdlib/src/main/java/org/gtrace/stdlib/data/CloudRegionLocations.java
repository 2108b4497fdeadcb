package org.gtrace.stdlib.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AWS and Azure regions, and the Google Cloud regions CodeCarbon's table does not map, with the
 * country each lies in ({@code cloud-region-locations.csv}, compiled by this project from the
 * providers' region lists). AWS and Azure publish no per-region grid intensity in the bundled data,
 * so those regions use their country's figure. Loaded once, lazily.
 */
public final class CloudRegionLocations {

    public static final String FILE = "cloud-region-locations.csv";

    private CloudRegionLocations() {}

    private static final class Holder {
        static final List<CloudRegionLocation> ALL = load();
    }

    private static List<CloudRegionLocation> load() {
        List<CloudRegionLocation> out = new ArrayList<>();
        for (Map<String, String> r : DataResources.csv(FILE)) {
            out.add(new CloudRegionLocation(r.get("provider"), r.get("region"), r.get("name"), r.get("country_iso3"), r.get("source")));
        }
        return List.copyOf(out);
    }

    public static List<CloudRegionLocation> all() {
        return Holder.ALL;
    }
}
