package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * {@code emissions chat, ghibli, gpt3 by modality} and {@code … by phase}: several declared things
 * summed into groups, one row per group, each sum explained by its parts.
 */
final class Breakdowns {

    /** The groupings this class answers; {@code by region} and {@code by day} break down one thing. */
    static final List<String> GROUPINGS = List.of("modality", "phase");

    private Breakdowns() {}

    /** One row per group: each group's metrics summed over its members. */
    static Rows rows(String by, List<Declared> things, Estimator est, RunContext ctx) {
        Map<String, List<Declared>> groups = new LinkedHashMap<>();
        for (Declared d : things) groups.computeIfAbsent(group(by, d), g -> new ArrayList<>()).add(d);
        Map<String, Estimate> rows = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        boolean uncertain = false;
        for (Map.Entry<String, List<Declared>> g : groups.entrySet()) {
            List<Estimate> parts = new ArrayList<>();
            for (Declared d : g.getValue()) parts.add(est.estimate(d, ctx));
            uncertain |= parts.stream().flatMap(p -> p.metrics().stream()).anyMatch(Metric::isUncertain);
            rows.put(g.getKey(), sum(g.getKey(), g.getValue(), parts));
            notes.add(g.getKey() + ": " + String.join(", ", g.getValue().stream().map(Declared::name).toList()));
        }
        if (uncertain) notes.add("uncertain parts are summed at their means; their p5–p95 bands are not added, since their inputs may be correlated");
        return new Rows(by, rows, notes);
    }

    /** A thing's group: its modality (a training run is its own group), or training against inference. */
    static String group(String by, Declared d) {
        boolean training = d.kind().equals("training");
        if (by.equals("phase")) return training ? "training" : "inference";
        if (training) return "training";
        String m = d.effectiveModality();
        return m.isEmpty() ? "unstated" : m;
    }

    /** One group's metrics: each a sum of its parts, with the parts' derivations as steps. */
    private static Estimate sum(String group, List<Declared> members, List<Estimate> parts) {
        List<Metric> metrics = new ArrayList<>();
        for (String key : Reports.KEYS) {
            Quantity total = null;
            String name = null;
            Derivation.Builder d = null;
            for (int i = 0; i < parts.size(); i++) {
                Metric m = parts.get(i).metric(key).orElse(null);
                if (m == null) continue;
                if (total == null) {
                    name = m.name();
                    total = m.value();
                    d = Derivation.of(name + " of " + group, "Σ " + name + " of " + String.join(" + ",
                            members.stream().map(Declared::name).toList()));
                } else {
                    total = total.plus(m.value());
                }
                d.input(members.get(i).name(), name + " of " + members.get(i).name(), m.value(), null);
                if (m.derivation() != null) d.step(m.derivation());
            }
            if (total != null) metrics.add(Metric.point(name, key, total, d.result(total)));
        }
        return new Estimate(group, metrics, (Table) null, List.of(), (Report) null);
    }
}
