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
            m.put(r.get("id"), new EquivalenceFactor(r.get("id"), r.get("set"), r.get("kind"), r.get("subject"), DataResources.number(r, "value"),
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

    /** The named sets, in file order: "us" first, the default. */
    public static List<String> sets() {
        return Holder.BY_ID.values().stream().map(EquivalenceFactor::set).filter(x -> !x.equals("*")).distinct().toList();
    }

    /** The factor of this kind (car, smartphone, household) in the named set. */
    public static EquivalenceFactor of(String set, String kind) {
        if (!sets().contains(set)) {
            throw new UnknownNameError(Field.EQUIVALENT, "set of equivalence factors", set, DidYouMean.suggest(set, sets()),
                    "use one of " + String.join(", ", sets()));
        }
        return Holder.BY_ID.values().stream().filter(f -> f.kind().equals(kind) && f.inSet(set)).findFirst()
                .orElseThrow(() -> new IllegalStateException(FILE + " has no " + kind + " factor for the set " + set));
    }

    public static List<EquivalenceFactor> all() {
        return List.copyOf(Holder.BY_ID.values());
    }
}
