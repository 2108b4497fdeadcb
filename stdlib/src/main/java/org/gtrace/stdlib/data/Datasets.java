package org.gtrace.stdlib.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled data files and their attribution (source, licence, commit, checksum). */
public final class Datasets {

    private Datasets() {}

    private static final class Holder {
        static final Map<String, DatasetInfo> ALL = load();
    }

    private static Map<String, DatasetInfo> load() {
        Map<String, DatasetInfo> m = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv("datasets.csv")) {
            m.put(r.get("file"), new DatasetInfo(r.get("file"), r.get("title"), r.get("origin"), r.get("commit"),
                    r.get("copied"), r.get("licence"), r.get("attribution"), r.get("sha256")));
        }
        return Map.copyOf(m);
    }

    public static List<DatasetInfo> all() {
        return Holder.ALL.values().stream().sorted((a, b) -> a.file().compareTo(b.file())).toList();
    }

    public static DatasetInfo get(String file) {
        DatasetInfo d = Holder.ALL.get(file);
        if (d == null) throw new IllegalStateException("no attribution recorded for bundled file " + file);
        return d;
    }

    /** SHA-256 of the bundled bytes, to compare with the recorded checksum. */
    public static String checksum(String file) {
        return org.gtrace.stdlib.provenance.Sha256.hex(DataResources.bytes(file));
    }

    /** EcoLogits' per-country electricity factors; the grid package reads their water column. */
    public static final String ECOLOGITS_MIXES = "ecologits-electricity-mixes.csv";

    /**
     * "reference data: literature-figures.csv#1e819152, owid-...@b05965e4": the versions of the
     * bundled files behind these sources (by their id prefixes), or "" when none is bundled data.
     */
    public static String versionsOf(java.util.Collection<org.gtrace.stdlib.provenance.Source> sources) {
        java.util.Set<String> files = filesOf(sources);
        if (files.isEmpty()) return "";
        return "reference data: " + String.join(", ", files.stream().map(f -> get(f).version()).toList());
    }

    /** The bundled files these sources were read from (by their id prefixes), sorted. */
    public static java.util.SortedSet<String> filesOf(java.util.Collection<org.gtrace.stdlib.provenance.Source> sources) {
        java.util.SortedSet<String> files = new java.util.TreeSet<>();
        for (org.gtrace.stdlib.provenance.Source s : sources) {
            String id = s.id();
            if (id.startsWith("owid-ember:")) files.add(CountryGrids.FILE);
            else if (id.startsWith("gcp-2024:")) files.add(GcpRegions2024.FILE);
            else if (id.startsWith("mlco2:")) files.add(Accelerators.FILE);
            else if (id.startsWith("ecologits-mix:")) files.add(ECOLOGITS_MIXES);
            else if (LiteratureFigures.find(id).isPresent()) files.add(LiteratureFigures.FILE);
            else if (EquivalenceFactors.all().stream().anyMatch(f -> f.id().equals(id))) files.add(EquivalenceFactors.FILE);
            if (s.boundary().contains("country average used for a cloud region (location from")) files.add(CloudRegionLocations.FILE);
        }
        return files;
    }

    /** One line naming every bundled file's version, for outputs. */
    public static String versionLine() {
        return String.join(", ", all().stream().map(DatasetInfo::version).toList());
    }
}
