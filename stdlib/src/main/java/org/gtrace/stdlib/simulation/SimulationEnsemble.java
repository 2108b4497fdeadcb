package org.gtrace.stdlib.simulation;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.report.Band;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.uncertainty.ParallelBlocks;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Quantiles;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Many runs of one scenario with the aggregate engine (a millisecond each at 130M users), for the
 * band of the result: per-run draws of PUE and grid intensity, and the randomness of adoption,
 * activity, demand and per-output energy. Run {@code r} uses seed {@code seed + r}; runs are
 * spread over threads and collected by index, so the result does not depend on the thread count.
 *
 * @param scenario the scenario
 * @param seed     the first run's seed
 * @param outputs  total outputs of each run
 * @param energy   total energy of each run (kWh)
 * @param co2e     total CO2e of each run (kg)
 * @param daily    daily energy of each run, [run][day] (kWh)
 */
public record SimulationEnsemble(ViralScenario scenario, long seed, double[] outputs, double[] energy, double[] co2e,
                                 double[][] daily) {

    public static SimulationEnsemble run(ViralScenario s, int runs, long seed, int threads, ProgressListener listener) {
        if (runs < 2 || runs > 100_000) throw new IllegalArgumentException("runs must be between 2 and 100,000 (got " + runs + ")");
        List<SimulationResult> results = results(s, runs, seed, threads, listener);
        double[] outputs = new double[runs], energy = new double[runs], co2e = new double[runs];
        double[][] daily = new double[runs][];
        for (int r = 0; r < runs; r++) {
            SimulationResult x = results.get(r);
            outputs[r] = x.totalOutputs();
            energy[r] = x.totalEnergyKWh();
            co2e[r] = x.totalCo2eKg();
            double[] d = new double[s.days()];
            for (int day = 0; day < d.length; day++) for (int k = 0; k < s.regions().size(); k++) d[day] += x.energyKWh(day, k);
            daily[r] = d;
        }
        return new SimulationEnsemble(s, seed, outputs, energy, co2e, daily);
    }

    /**
     * {@code runs} runs of the aggregate engine with seeds seed .. seed + runs − 1, spread over
     * threads and collected by index (the list does not depend on the thread count).
     */
    public static List<SimulationResult> results(ViralScenario s, int runs, long seed, int threads, ProgressListener listener) {
        if (runs < 1 || runs > 100_000) throw new IllegalArgumentException("runs must be between 1 and 100,000 (got " + runs + ")");
        SimulationResult[] out = new SimulationResult[runs];
        AggregateEngine engine = new AggregateEngine();
        ParallelBlocks.run("simulation ensemble", runs, threads, r -> out[r] = engine.run(s, seed + r, ProgressListener.NONE),
                listener == null ? ProgressListener.NONE : listener);
        return List.of(out);
    }

    public int runs() {
        return energy.length;
    }

    /** Mean, p5, p50, p95 of a per-run total. */
    static double[] summary(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        double[] q = Quantiles.of(x, x.length, 0.05, 0.5, 0.95);
        return new double[] {mean / x.length, q[0], q[1], q[2]};
    }

    private static Metric metric(Measure measure, Dimension d, double[] x) {
        double[] s = summary(x);
        double sd = 0;
        for (double v : x) sd += (v - s[0]) * (v - s[0]);
        sd = Math.sqrt(sd / Math.max(1, x.length - 1)) / Math.sqrt(x.length);
        return new Metric(measure, measure.label(), new Quantity(s[0], d), new Band(new Quantity(s[1], d), new Quantity(s[2], d),
                new Quantity(s[3], d), new Quantity(sd, d), x.length, 0), null, null);
    }

    /** Totals with their bands, the daily energy band as a table and an ERROR_BAR chart. */
    public Report toReport(int line) {
        List<Metric> metrics = List.of(metric(Measure.OUTPUTS, Dimension.OUTPUTS, outputs),
                metric(Measure.ENERGY, Dimension.ENERGY, energy), metric(Measure.CO2E, Dimension.CO2E, co2e));
        int days = scenario.days();
        double peak = 0;
        for (double[] d : daily) for (double v : d) peak = Math.max(peak, v);
        Unit u = DisplayUnits.choose(Dimension.ENERGY, peak);
        double[] p5 = new double[days], p50 = new double[days], p95 = new double[days];
        Table t = Table.create("Daily energy band", IntColumn.create("Day"), DoubleColumn.create("Energy p5 [" + u.symbol() + "]"),
                DoubleColumn.create("Energy p50 [" + u.symbol() + "]"), DoubleColumn.create("Energy p95 [" + u.symbol() + "]"));
        List<String> categories = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            double[] col = new double[runs()];
            for (int r = 0; r < col.length; r++) col[r] = daily[r][day];
            double[] q = Quantiles.of(col, col.length, 0.05, 0.5, 0.95);
            p5[day] = u.fromBase(q[0]);
            p50[day] = u.fromBase(q[1]);
            p95[day] = u.fromBase(q[2]);
            t.intColumn(0).append(day + 1);
            t.doubleColumn(1).append(p5[day]);
            t.doubleColumn(2).append(p50[day]);
            t.doubleColumn(3).append(p95[day]);
            categories.add(Integer.toString(day + 1));
        }
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.ERROR_BAR, "Energy per day, p5–p95 over " + runs() + " runs", "day",
                "energy (" + u.symbol() + ")", u.symbol(), categories, List.of(new ChartSpec.Series("energy", p50, p5, p95)),
                "G-TRACE viral simulation, aggregate engine, seeds " + seed + ".." + (seed + runs() - 1));
        String name = scenario.name();
        return new Report(line, name, "Viral simulation of " + name + " (" + runs() + " runs)", metrics, t, List.of(chart),
                null, List.of(String.format(java.util.Locale.ROOT, "%,d runs of %,d users over %d days; value = mean over runs, band p5–p95.",
                        runs(), scenario.users(), days)));
    }
}
