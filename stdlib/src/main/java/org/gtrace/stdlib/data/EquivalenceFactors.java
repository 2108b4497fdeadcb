package org.gtrace.stdlib.data;

import org.gtrace.stdlib.errors.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.text.DidYouMean;

/** The project's cited equivalence factors ({@code equivalence-factors.csv}). Loaded once, lazily. */
public final class EquivalenceFactors {

    public static final String FILE = "equivalence-factors.csv";

    private EquivalenceFactors() {}

    private static final class Holder {
        static final Map<String, EquivalenceFactor> BY_ID = load();
    }

    private static Map<String, EquivalenceFactor> load() {
        Map<String, EquivalenceFactor> m = new LinkedHashMap<>();
        for (Map<String, String> r : DataResources.csv(FILE)) {
            double year = DataResources.number(r, "year");
            m.put(r.get("id"), new EquivalenceFactor(r.get("id"), r.get("subject"), DataResources.number(r, "value"),
                    r.get("unit"), r.get("basis"), Double.isNaN(year) ? 0 : (int) year, r.get("source"), r.get("licence"),
                    r.get("confidence"), r.get("notes")));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static EquivalenceFactor get(String id) {
        EquivalenceFactor f = Holder.BY_ID.get(id);
        if (f == null) {
            throw new UnknownNameError(Field.EQUIVALENT, "equivalence factor", id, DidYouMean.suggest(id, Holder.BY_ID.keySet()),
                    "use one of " + String.join(", ", Holder.BY_ID.keySet()));
        }
        return f;
    }

    public static List<EquivalenceFactor> all() {
        return List.copyOf(Holder.BY_ID.values());
    }
}
