package org.gtrace.grammar.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gtrace.grammar.compile.Estimate;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.Uncertain;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.UncertainInput;
import org.gtrace.stdlib.uncertainty.UncertaintyReport;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;

/**
 * Propagates the uncertain properties of a workload or a training run through the core's estimate
 * by Monte Carlo.
 *
 * <p>The core's inference chain is a product (outputs × energy per output × PUE × intensity), so
 * each property scales energy and CO2e by a whole power: 0 (no effect, e.g. a PUE the boundary
 * already includes), 1, or 2 (a video's length or frame rate). The exponents are found by asking
 * the core itself (the estimate with the property doubled and tripled), and the samples are then
 * {@code central result × Π (xᵢ / centralᵢ)^eᵢ}: the core's numbers, without rebuilding a
 * workload per sample. A property that does not act as a power leaves the result a point
 * estimate, with a note that says so.
 */
final class UncertaintyPropagation {
    private static final String[] KEYS = {"energy_kwh", "co2e_kg", "water_l"};

    private UncertaintyPropagation() {}

    static Estimate apply(Declared d, Estimate point, RunContext ctx) {
        return apply(d, point, ctx, changed -> WorkloadBuilder.build(changed, ctx).estimate().toReport(0).metrics());
    }

    /** The same for any declaration whose core estimate is a product; {@code core} gives its point metrics. */
    static Estimate apply(Declared d, Estimate point, RunContext ctx, Function<Declared, List<Metric>> core) {
        Map<String, Uncertain> uncertain = new LinkedHashMap<>();
        d.effective().forEach((k, v) -> {
            if (v instanceof Uncertain u) uncertain.put(k, u);
        });
        if (uncertain.isEmpty()) return point;
        List<String> names = new ArrayList<>(uncertain.keySet());
        List<Metric> metrics = new ArrayList<>(point.metrics());
        List<ChartSpec> charts = new ArrayList<>(point.report() == null ? List.of() : point.report().charts());
        List<String> notes = new ArrayList<>(point.notes());
        Probes probes = Probes.of(d, names, uncertain, core);
        for (String key : KEYS) {
            int at = indexOf(metrics, key);
            if (at < 0) continue;
            Metric m = metrics.get(at);
            double[] exponents = probes.exponents(key, m.value().base());
            if (exponents == null) {
                notes.add(m.name() + ": an uncertain property does not act as a factor; the central value is shown");
                continue;
            }
            McResult r = run(names, uncertain, exponents, m.value().base(), ctx);
            metrics.set(at, r.toMetric(m.name(), m.key(), m.value().dimension(), m.derivation()));
            charts.add(UncertaintyReport.tornado(r, m.name(), DisplayUnits.choose(m.value().dimension(), r.mean())));
            if (key.equals("co2e_kg")) notes.add(UncertaintyReport.of(0, "", m.name(), key, Dimension.CO2E, r, null).notes().get(0));
        }
        Report p = point.report();
        Report report = p == null ? null : p.withMetrics(metrics).withCharts(charts).withNotes(notes);
        return new Estimate(point.subject(), metrics, point.byRegion(), notes, report);
    }

    private static int indexOf(List<Metric> metrics, String key) {
        for (int i = 0; i < metrics.size(); i++) if (metrics.get(i).key().equals(key)) return i;
        return -1;
    }

    /**
     * The core's metrics with each uncertain property at twice and three times its central value
     * (null where the centre is 0), asked once and read for every metric.
     */
    private record Probes(List<List<Metric>> twice, List<List<Metric>> thrice) {

        static Probes of(Declared d, List<String> names, Map<String, Uncertain> u, Function<Declared, List<Metric>> core) {
            List<List<Metric>> twice = new ArrayList<>();
            List<List<Metric>> thrice = new ArrayList<>();
            for (String name : names) {
                Quantity c = u.get(name).central();
                twice.add(c.base() == 0 ? null : core.apply(changed(d, name, c.times(2))));
                thrice.add(c.base() == 0 ? null : core.apply(changed(d, name, c.times(3))));
            }
            return new Probes(twice, thrice);
        }

        private static Declared changed(Declared d, String name, Quantity value) {
            return new Declared(d.kind(), d.name(), d.modality(), d, Map.of(name, value), d.line());
        }

        /**
         * The whole-number exponent of each property in the metric {@code key} (0 for no effect, 1
         * for a factor, 2 for video length or frame rate, -1 for a divisor), or null if one is not a
         * power law: the guess from twice the centre must hold at three times.
         */
        double[] exponents(String key, double central) {
            double[] e = new double[twice.size()];
            for (int i = 0; i < e.length; i++) {
                if (twice.get(i) == null || central == 0) return null;
                double guess = Math.rint(Math.log(value(twice.get(i), key) / central) / Math.log(2));
                if (Math.abs(value(thrice.get(i), key) / central / Math.pow(3, guess) - 1) > 1e-9) return null;
                e[i] = guess;
            }
            return e;
        }

        private static double value(List<Metric> metrics, String key) {
            return metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow().value().base();
        }
    }

    private static McResult run(List<String> names, Map<String, Uncertain> u, double[] exponents, double central,
                                RunContext ctx) {
        List<UncertainInput> inputs = new ArrayList<>();
        double[] centres = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Uncertain x = u.get(names.get(i));
            centres[i] = x.central().base();
            inputs.add(new UncertainInput(names.get(i), UncertainInputs.of(x, names.get(i)), Source.userInput("the program")));
        }
        MonteCarlo.Settings s = new MonteCarlo.Settings(Math.max(100, ctx.settings().samples()), ctx.settings().seed(),
                org.gtrace.stdlib.uncertainty.ParallelBlocks.defaultThreads());
        return MonteCarlo.run(inputs, (cols, n, out) -> {
            java.util.Arrays.fill(out, 0, n, central);
            for (int k = 0; k < cols.length; k++) {
                if (exponents[k] == 0) continue;
                double inv = 1 / centres[k];
                double[] c = cols[k];
                if (exponents[k] == 1) {
                    for (int i = 0; i < n; i++) out[i] *= c[i] * inv;
                } else {
                    double power = exponents[k];
                    for (int i = 0; i < n; i++) out[i] *= Math.pow(c[i] * inv, power);
                }
            }
        }, s, Progressing.listener(ctx, "Monte Carlo"));
    }
}
