package org.gtrace.stdlib.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gtrace.stdlib.data.CloudRegion;
import org.gtrace.stdlib.data.CloudRegionLocation;
import org.gtrace.stdlib.data.CloudRegionLocations;
import org.gtrace.stdlib.data.CloudRegionsCodeCarbon;
import org.gtrace.stdlib.data.CountryElectricity;
import org.gtrace.stdlib.data.CountryGrids;
import org.gtrace.stdlib.data.GcpRegion;
import org.gtrace.stdlib.data.GcpRegions2024;
import org.gtrace.stdlib.data.WorldGrid;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Quantity;

/** Builds the default {@link RegionTable} from the bundled datasets. */
final class BundledRegions {

    private static final Map<String, String> ISO3_TO_ISO2 = iso3ToIso2();

    private BundledRegions() {}

    static RegionTable build() {
        Map<String, Region> byKey = new LinkedHashMap<>();
        List<Region> regions = new ArrayList<>();
        add(world(), byKey, regions);
        Map<String, Region> countries = new HashMap<>();
        for (CountryElectricity c : CountryGrids.all()) {
            Region r = new Region(c.iso3(), c.name(), Region.Kind.COUNTRY, c.iso3(), List.of(countryGrid(c)));
            countries.put(c.iso3(), r);
            add(r, byKey, regions);
        }
        Map<String, CloudRegion> gcpCountry = new HashMap<>();
        for (CloudRegion cr : CloudRegionsCodeCarbon.all()) if (cr.provider().equals("gcp")) gcpCountry.put(cr.region(), cr);
        // Google regions CodeCarbon's table does not map take their country from this project's region list
        Map<String, String> gcpIso3 = new HashMap<>();
        for (CloudRegionLocation l : CloudRegionLocations.all()) if (l.provider().equals("gcp")) gcpIso3.put(l.region(), l.countryIso3());
        for (GcpRegion g : GcpRegions2024.all()) {
            CloudRegion mapped = gcpCountry.get(g.region());
            String iso3 = mapped != null ? mapped.countryIso3() : gcpIso3.getOrDefault(g.region(), "");
            add(gcp(g, iso3, countries), byKey, regions);
        }
        for (CloudRegionLocation l : CloudRegionLocations.all()) {
            Region country = countries.get(l.countryIso3());
            if (country != null && !l.provider().equals("gcp")) add(located(l, country), byKey, regions);
        }
        return new RegionTable(byKey, regions);
    }

    private static void add(Region r, Map<String, Region> byKey, List<Region> regions) {
        regions.add(r);
        for (String n : namesOf(r)) byKey.putIfAbsent(RegionTable.normalise(n), r);
    }

    /** The names a region answers to. */
    static List<String> namesOf(Region r) {
        List<String> names = new ArrayList<>();
        names.add(r.id());
        switch (r.kind()) {
            case COUNTRY -> {
                String iso2 = ISO3_TO_ISO2.get(r.id());
                if (iso2 != null) names.add(iso2);
                names.add(r.name());
            }
            case CLOUD -> names.add(r.id().substring(r.id().indexOf(':') + 1));
            case WORLD, USER -> {
                if (!r.name().equals(r.id())) names.add(r.name());
            }
        }
        return names;
    }

    static Region world() {
        WorldGrid w = CountryGrids.world();
        GridIntensity g = new GridIntensity(Quantity.of(w.intensityGPerKwh(), "g/kWh"), GridBasis.LOCATION_LIFECYCLE, w.year(),
                w.source());
        return new Region(RegionTable.WORLD, "World average", Region.Kind.WORLD, "", List.of(g));
    }

    private static GridIntensity countryGrid(CountryElectricity c) {
        return new GridIntensity(Quantity.of(c.intensityGPerKwh(), "g/kWh"), GridBasis.LOCATION_LIFECYCLE, c.year(),
                CountryGrids.source(c));
    }

    /**
     * A Google Cloud region. Every bundled grid defaults to one basis, location-based lifecycle (the
     * countries' OWID/Ember figures), so no total mixes bases: the region's country stands in by
     * default, and Google's own figure, which is operational (direct), is used on basis direct.
     */
    private static Region gcp(GcpRegion g, String iso3, Map<String, Region> countries) {
        List<GridIntensity> grids = new ArrayList<>();
        Region country = countries.get(iso3);
        if (country != null) {
            GridIntensity c = country.intensity();
            Source s = new Source(c.source().id(), c.source().title() + ", standing in for gcp:" + g.region(),
                    c.source().citation(), c.year(), c.source().licence(), c.source().kind(),
                    "country average used for a cloud region; " + c.source().boundary());
            grids.add(new GridIntensity(c.value(), c.basis(), c.year(), s));
        }
        grids.add(new GridIntensity(Quantity.of(g.intensityGPerKwh(), "g/kWh"), GridBasis.LOCATION_DIRECT, 2024,
                GcpRegions2024.source(g)));
        return new Region("gcp:" + g.region(), "Google Cloud " + g.region() + " (" + g.location() + ")", Region.Kind.CLOUD,
                iso3, grids);
    }

    /** An AWS or Azure region: its country's lifecycle figure stands in (no per-region figure is bundled). */
    private static Region located(CloudRegionLocation l, Region country) {
        GridIntensity c = country.intensity();
        Source s = new Source(c.source().id(), c.source().title() + ", standing in for " + l.provider() + ":" + l.region(),
                c.source().citation(), c.year(), c.source().licence(), c.source().kind(),
                "country average used for a cloud region (location from " + l.citation() + "); " + c.source().boundary());
        return new Region(l.provider() + ":" + l.region(), l.name() + " (" + l.provider().toUpperCase(Locale.ROOT) + ", in "
                + country.name() + ")", Region.Kind.CLOUD, l.countryIso3(), List.of(new GridIntensity(c.value(), c.basis(), c.year(), s)));
    }

    private static Map<String, String> iso3ToIso2() {
        Map<String, String> m = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            try {
                m.put(new Locale("", iso2).getISO3Country().toUpperCase(Locale.ROOT), iso2);
            } catch (java.util.MissingResourceException ignored) {
                // a code without an alpha-3 form cannot match the dataset's keys
            }
        }
        return m;
    }
}
