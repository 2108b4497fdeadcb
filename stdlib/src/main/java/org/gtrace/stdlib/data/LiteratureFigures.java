package org.gtrace.stdlib.data;

import org.gtrace.stdlib.errors.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.text.DidYouMean;

/**
 * The published figures of {@code literature-figures.csv}, with the energy boundary this project
 * read at each per-output figure's source ({@code preset-review.csv}). Loaded once, lazily.
 */
public final class LiteratureFigures {

    public static final String FILE = "literature-figures.csv";
    /** Each per-output figure's boundary, unit of output and hardware, with the source's own words. */
    public static final String PRESET_REVIEW = "preset-review.csv";

    private LiteratureFigures() {}

    private static final class Holder {
        static final Map<String, Figure> BY_ID = load();
    }

    private static Map<String, Figure> load() {
        Map<String, String> boundaries = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(PRESET_REVIEW)) boundaries.put(r.get("id"), r.get("boundary"));
        Map<String, Figure> m = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(FILE)) {
            String id = r.get("id");
            m.put(id, new Figure(id, r.get("category"), r.get("subject"), DataResources.number(r, "value"), r.get("unit"),
                    r.get("notes"), (int) DataResources.number(r, "year"), r.get("source"), r.get("confidence"),
                    boundaries.getOrDefault(id, "")));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The figure with this id; an {@link UnknownNameError} with close ids otherwise. */
    public static Figure get(String id) {
        Figure f = Holder.BY_ID.get(id);
        if (f == null) {
            throw new UnknownNameError(Field.FIGURE, "figure id", id, DidYouMean.suggest(id, ids()),
                    "use one of the ids in " + FILE + " (e.g. grid.world.2023)");
        }
        return f;
    }

    public static Optional<Figure> find(String id) {
        return Optional.ofNullable(Holder.BY_ID.get(id));
    }

    /** Every id, in file order (for completion). */
    public static List<String> ids() {
        return List.copyOf(Holder.BY_ID.keySet());
    }

    public static List<Figure> all() {
        return List.copyOf(Holder.BY_ID.values());
    }

    /** Figures whose category is, or starts with, {@code category} ("inference" matches inference.text). */
    public static List<Figure> byCategory(String category) {
        return Holder.BY_ID.values().stream()
                .filter(f -> f.category().equals(category) || f.category().startsWith(category + "."))
                .toList();
    }
}
