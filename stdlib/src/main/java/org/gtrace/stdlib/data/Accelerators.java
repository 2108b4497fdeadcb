package org.gtrace.stdlib.data;

import org.gtrace.stdlib.errors.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.text.DidYouMean;

/**
 * Accelerators and their maximum power: the ML CO2 Impact table, plus the newer chips whose power
 * {@code literature-figures.csv} cites (H200, B200, MI300X, TPU v4...). Names match ignoring case,
 * spaces and punctuation; a unique partial name ("H200") also matches.
 */
public final class Accelerators {

    public static final String FILE = "accelerators-mlco2.csv";

    /** Literature power figures and the accelerator name each one describes. */
    private static final Map<String, String> LITERATURE_NAMES = Map.of(
            "hw.a100_pcie80.power", "A100 PCIe 80GB",
            "hw.h100_pcie.power", "H100 PCIe",
            "hw.h200_sxm.power", "H200 SXM",
            "hw.b200.power", "B200",
            "hw.mi300x.power", "MI300X",
            "hw.tpu_v4.power", "TPU v4");

    private Accelerators() {}

    private static final class Holder {
        static final Map<String, Accelerator> BY_KEY = load();
    }

    private static Map<String, Accelerator> load() {
        Map<String, Accelerator> m = new LinkedHashMap<>();
        DatasetInfo d = Datasets.get(FILE);
        for (Map<String, String> r : DataResources.csv(FILE)) {
            String name = r.get("name");
            // two TPU rows give a measured average, not a maximum: their source says "not TDP"
            boolean average = r.get("source").contains("not TDP");
            Source s = new Source("mlco2:" + name, name + (average ? " average power (measured, not its TDP)" : " maximum power (TDP)"),
                    r.get("source"), 0, d.licence(), "secondary", "");
            m.put(key(name), new Accelerator(name, r.get("type"), DataResources.number(r, "tdp_watts"),
                    memory(r.getOrDefault("memory", "")), s));
        }
        for (Map.Entry<String, String> e : LITERATURE_NAMES.entrySet()) {
            Figure f = LiteratureFigures.get(e.getKey());
            String type = e.getValue().startsWith("TPU") ? "tpu" : "gpu";
            m.putIfAbsent(key(e.getValue()), new Accelerator(e.getValue(), type, f.quantity().in("W"), f.source()));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The table's memory column holds a URL in place of a number on some rows: those have no memory. */
    private static double memory(String v) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Every accelerator name (for completion). */
    public static List<String> names() {
        return Holder.BY_KEY.values().stream().map(Accelerator::name).toList();
    }

    public static List<Accelerator> all() {
        return List.copyOf(Holder.BY_KEY.values());
    }

    public static Optional<Accelerator> find(String name) {
        String k = key(name);
        Accelerator exact = Holder.BY_KEY.get(k);
        if (exact != null) return Optional.of(exact);
        List<Accelerator> partial = partial(k);
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    /** The accelerator with this name; errors name the field "accelerator" and list matches. */
    public static Accelerator get(String name) {
        Optional<Accelerator> a = find(name);
        if (a.isPresent()) return a.get();
        List<Accelerator> partial = partial(key(name));
        if (partial.size() > 1) {
            List<String> opts = new ArrayList<>();
            for (Accelerator p : partial) opts.add("'" + p.name() + "' (" + org.gtrace.stdlib.units.DisplayUnits.number(p.tdpW()) + " W)");
            throw new InputError(Field.ACCELERATOR, "'" + name + "' matches several: " + String.join(", ", opts),
                    "write the full name of one of them, or give the power in W");
        }
        throw new UnknownNameError(Field.ACCELERATOR, "accelerator", name, DidYouMean.suggest(name, names()),
                "use a name from " + FILE + " or give the power in W");
    }

    private static List<Accelerator> partial(String k) {
        if (k.isEmpty()) return List.of();
        return Holder.BY_KEY.entrySet().stream().filter(e -> e.getKey().contains(k)).map(Map.Entry::getValue).toList();
    }
}
