package org.gtrace.stdlib.data;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.provenance.Source;

/** Country electricity and carbon intensity (OWID / Ember via CodeCarbon). Loaded once, lazily. */
public final class CountryGrids {

    public static final String FILE = "owid-ember-country-electricity.json";

    private CountryGrids() {}

    private static final class Holder {
        static final Map<String, CountryElectricity> BY_ISO3 = load();
        static final WorldGrid WORLD = worldOf(BY_ISO3.values());
    }

    private static Map<String, CountryElectricity> load() {
        JsonObject root = JsonParser.parseString(DataResources.text(FILE)).getAsJsonObject();
        Map<String, CountryElectricity> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.entrySet()) {
            JsonObject o = e.getValue().getAsJsonObject();
            double ci = num(o, "carbon_intensity");
            if (!Double.isFinite(ci)) continue; // a country without an intensity cannot serve as a grid
            String iso3 = e.getKey().toUpperCase(Locale.ROOT);
            m.put(iso3, new CountryElectricity(iso3, o.get("country_name").getAsString(), ci, (int) num(o, "year"),
                    num(o, "total_TWh"), num(o, "low_carbon_TWh"), num(o, "fossil_TWh")));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static double num(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v == null || v.isJsonNull() ? Double.NaN : v.getAsDouble();
    }

    public static Optional<CountryElectricity> byIso3(String iso3) {
        return Optional.ofNullable(Holder.BY_ISO3.get(iso3.toUpperCase(Locale.ROOT)));
    }

    public static List<CountryElectricity> all() {
        return List.copyOf(Holder.BY_ISO3.values());
    }

    /**
     * How many countries' figures are for each year, newest first: the bundled edition is not the
     * newest Ember publishes, and outputs say so.
     */
    public static String editionNote() {
        java.util.TreeMap<Integer, Integer> byYear = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (CountryElectricity c : all()) byYear.merge(c.year(), 1, Integer::sum);
        java.util.List<String> parts = new java.util.ArrayList<>();
        byYear.forEach((year, n) -> parts.add(n + " for " + year));
        return "Country grid figures (" + FILE + "): " + String.join(", ", parts) + ". Ember publishes newer yearly"
                + " editions than the one bundled here; a region's own year is shown on every result.";
    }

    /**
     * The world average: every country's intensity weighted by its generation. Ember's own world
     * figure is total emissions over total generation, which this is when each country's figure is
     * its emissions over its generation; it is read from the same file as the countries so that the
     * default and the regions come from one edition and one basis.
     */
    public static WorldGrid world() {
        return Holder.WORLD;
    }

    private static WorldGrid worldOf(Iterable<CountryElectricity> countries) {
        double weighted = 0, twh = 0;
        int n = 0;
        java.util.Map<Integer, Double> twhByYear = new java.util.TreeMap<>();
        for (CountryElectricity c : countries) {
            if (!(c.totalTwh() > 0)) continue;
            weighted += c.intensityGPerKwh() * c.totalTwh();
            twh += c.totalTwh();
            n++;
            twhByYear.merge(c.year(), c.totalTwh(), Double::sum);
        }
        int year = twhByYear.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        double share = twhByYear.get(year) / twh;
        DatasetInfo d = Datasets.get(FILE);
        String boundary = String.format(Locale.ROOT,
                "lifecycle, location-based; generation-weighted mean of %d countries' latest figures (%,.0f TWh; %.0f %% of it for %d)",
                n, twh, 100 * share, year);
        Source s = new Source(WORLD_ID, "World average grid intensity (Ember, lifecycle, location-based)", d.origin(), year,
                d.licence(), "derived", boundary);
        return new WorldGrid(weighted / twh, year, n, twh, share, s);
    }

    /** The world average's source id. */
    public static final String WORLD_ID = "owid-ember:world";

    public static Source source(CountryElectricity c) {
        DatasetInfo d = Datasets.get(FILE);
        return new Source("owid-ember:" + c.iso3(), "Grid carbon intensity of " + c.name() + " (Ember, lifecycle, location-based)",
                d.origin(), c.year(), d.licence(), "secondary", "lifecycle, location-based, yearly average");
    }
}
