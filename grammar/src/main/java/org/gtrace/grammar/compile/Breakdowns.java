package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
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
        Map<String, Map<Measure, UncertainQuantity>> totals = new LinkedHashMap<>();
        Map<String, Map<Measure, Derivation.Builder>> derivations = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, List<Declared>> g : groups.entrySet()) {
            List<Estimate> parts = new ArrayList<>();
            for (Declared d : g.getValue()) parts.add(est.estimate(d, ctx));
            totals.put(g.getKey(), sums(g.getKey(), g.getValue(), parts, derivations.computeIfAbsent(g.getKey(), k -> new LinkedHashMap<>())));
            notes.add(g.getKey() + ": " + String.join(", ", g.getValue().stream().map(Declared::name).toList()));
        }
        Statistics s = statistics(totals, ctx);
        Map<String, Estimate> rows = new LinkedHashMap<>();
        for (var g : totals.entrySet()) {
            List<Metric> metrics = new ArrayList<>();
            g.getValue().forEach((m, v) -> metrics.add(s.metric(m, v, derivations.get(g.getKey()).get(m).result(v))));
            rows.put(g.getKey(), new Estimate(g.getKey(), metrics, g.getValue(), (Table) null, List.of(), (Report) null));
        }
        if (s.uncertain()) notes.addAll(s.notes(List.of()));
        return new Rows(by, rows, notes);
    }

    /** One run for every group's sums, so parts that share an input are summed jointly. */
    private static Statistics statistics(Map<String, Map<Measure, UncertainQuantity>> totals, RunContext ctx) {
        List<Formula> all = new ArrayList<>();
        totals.values().forEach(m -> m.values().forEach(v -> all.add(v.formula())));
        if (all.stream().allMatch(Formula::isConstant)) return Statistics.central();
        return Statistics.of(Propagation.of(all).run(ctx.settings().monteCarlo(),
                org.gtrace.grammar.runtime.Progressing.listener(ctx, "Monte Carlo")));
    }

    /** A thing's group: its modality (a training run is its own group), or training against inference. */
    static String group(String by, Declared d) {
        boolean training = d.is(Declared.Kind.TRAINING);
        if (by.equals("phase")) return training ? "training" : "inference";
        if (training) return "training";
        String m = d.effectiveModality();
        return m.isEmpty() ? "unstated" : m;
    }

    /** One group's measures: each a sum of its parts' formulas, with the parts' derivations as steps. */
    private static Map<Measure, UncertainQuantity> sums(String group, List<Declared> members, List<Estimate> parts,
                                                        Map<Measure, Derivation.Builder> derivations) {
        Map<Measure, UncertainQuantity> out = new LinkedHashMap<>();
        for (Measure key : Measure.FOOTPRINT) {
            UncertainQuantity total = null;
            Derivation.Builder d = null;
            for (int i = 0; i < parts.size(); i++) {
                Metric m = parts.get(i).metric(key).orElse(null);
                if (m == null) continue;
                UncertainQuantity v = parts.get(i).value(key).orElse(UncertainQuantity.of(m.value()));
                if (total == null) {
                    total = v;
                    d = Derivation.of(m.name() + " of " + group, "Σ " + m.name() + " of " + String.join(" + ",
                            members.stream().map(Declared::name).toList()));
                } else {
                    total = total.plus(v);
                }
                d.input(members.get(i).name(), m.name() + " of " + members.get(i).name(), m.value(), null);
                if (m.derivation() != null) d.step(m.derivation());
            }
            if (total != null) {
                out.put(key, total);
                derivations.put(key, d);
            }
        }
        return out;
    }
}
