package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.data.DataResources;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Dimension;

/**
 * The bundled per-output energy figures a workload can name as its preset: every inference figure
 * of {@code literature-figures.csv} whose value is an energy per output, each with its review in
 * {@code preset-review.csv}. Model constants (the text model's fits, scaling exponents, ratios)
 * are figures but not presets.
 */
public final class Presets {

    private Presets() {}

    private static final class Holder {
        static final Map<String, Preset> BY_ID = load();
    }

    private static Map<String, Preset> load() {
        Map<String, Map<String, String>> review = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(LiteratureFigures.PRESET_REVIEW)) review.put(r.get("id"), r);
        Map<String, Preset> m = new LinkedHashMap<>();
        for (Figure f : LiteratureFigures.all()) {
            if (!f.category().startsWith("inference.") || !f.quantity().dimension().equals(Dimension.ENERGY_PER_OUTPUT)) continue;
            Map<String, String> r = review.get(f.id());
            if (r == null) throw new IllegalStateException("bundled data: preset " + f.id() + " has no row in " + LiteratureFigures.PRESET_REVIEW);
            m.put(f.id(), new Preset(f, Modality.parse(f.category().substring("inference.".length())),
                    EnergyBoundary.valueOf(r.get("boundary")), r.get("output"), r.get("hardware"), r.get("words"), r.get("where"),
                    r.get("read")));
        }
        return Collections.unmodifiableMap(m);
    }

    public static List<Preset> all() {
        return List.copyOf(Holder.BY_ID.values());
    }

    /** The presets measuring outputs of {@code modality}. */
    public static List<Preset> of(Modality modality) {
        List<Preset> out = new ArrayList<>();
        for (Preset p : Holder.BY_ID.values()) if (p.modality() == modality) out.add(p);
        return out;
    }

    public static Optional<Preset> find(String id) {
        return Optional.ofNullable(Holder.BY_ID.get(id));
    }

    /** The preset with this id; an {@link UnknownNameError} with close ids otherwise. */
    public static Preset get(String id) {
        Preset p = Holder.BY_ID.get(id);
        if (p != null) return p;
        Optional<Figure> f = LiteratureFigures.find(id);
        if (f.isPresent()) {
            throw new InputError(Field.ENERGY_PER_OUTPUT, "preset", "figure '" + id + "' is not a per-output energy (it is "
                    + f.get().subject() + ", " + f.get().unit() + ")", "use a preset such as image.sd3_medium.1024; gtrace presets lists them");
        }
        throw new UnknownNameError(Field.ENERGY_PER_OUTPUT, "preset", id, DidYouMean.suggest(id, List.copyOf(Holder.BY_ID.keySet())),
                "gtrace presets lists them (for example image.sd3_medium.1024)");
    }

    /** The preset as the energy of a workload of {@code modality}: a figure of another modality's outputs is refused. */
    public static EnergyPerOutput energy(String id, Modality modality, String where) {
        Preset p = get(id);
        if (p.modality() != modality) {
            throw new InputError(Field.ENERGY_PER_OUTPUT, "preset", "'" + id + "' is the energy of one " + p.modality().word()
                    + " output (" + p.output() + "), but " + where + " is " + article(modality) + " workload",
                    "use " + article(modality) + " preset (listed by %presets " + modality.word() + ", or gtrace presets -m "
                            + modality.word() + "), or declare workload "
                            + p.modality().word() + " …");
        }
        return p.energy();
    }

    private static String article(Modality m) {
        String w = m.word();
        return ("aeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w.toLowerCase(Locale.ROOT);
    }
}
