package org.gtrace.stdlib.simulation;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Estimated;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A viral simulation's totals with its two kinds of uncertainty kept apart:
 * <ul>
 *   <li>what varies from user to user (adoption, activity, demand) comes from the runs of the
 *       stochastic model: each run's outputs per day and region;</li>
 *   <li>what is not known about the model (the energy of an output, the PUE, each region's grid
 *       intensity) is drawn once per sample of the Monte Carlo, the same for every output of
 *       that sample, so it does not average away over millions of outputs.</li>
 * </ul>
 * Sample {@code i} pairs run {@code i mod runs} with the i-th draw of the model inputs, so the
 * band shows both: E = Σ outputs × e × PUE and C = Σ_r outputs_r × e × PUE × I_r, evaluated on
 * each joint draw.
 */
public final class SimulationEstimate implements Estimated {

    private final ViralScenario scenario;
    private final List<SimulationResult> runs;
    private final UncertainQuantity outputs;
    private final UncertainQuantity energy;
    private final UncertainQuantity co2e;
    private final UncertainQuantity water;
    private final List<String> waterNotes;
    private final List<UncertainQuantity> dailyEnergy;

    private SimulationEstimate(ViralScenario scenario, List<SimulationResult> runs, UncertainQuantity outputs,
                               UncertainQuantity energy, UncertainQuantity co2e, UncertainQuantity water, List<String> waterNotes,
                               List<UncertainQuantity> dailyEnergy) {
        this.scenario = scenario;
        this.runs = List.copyOf(runs);
        this.outputs = outputs;
        this.energy = energy;
        this.co2e = co2e;
        this.water = water;
        this.waterNotes = List.copyOf(waterNotes);
        this.dailyEnergy = List.copyOf(dailyEnergy);
    }

    /**
     * @param runs            runs of the stochastic model (their energy is not used: the model inputs below are)
     * @param energyPerOutput energy of one output, facility boundary before PUE (kWh per output)
     * @param pue             PUE applied
     * @param intensities     each region's grid intensity, in the scenario's region order
     * @param water           each region's water rates, in the same order
     */
    public static SimulationEstimate of(ViralScenario scenario, List<SimulationResult> runs, UncertainQuantity energyPerOutput,
                                        UncertainQuantity pue, List<UncertainQuantity> intensities, SimulationWater water) {
        int k = runs.size(), days = scenario.days(), regions = scenario.regions().size();
        UncertainQuantity perOutput = energyPerOutput.as(Dimension.NONE).times(pue);
        double[] total = new double[k];
        UncertainQuantity co2e = null, litres = null;
        UncertainQuantity itPerOutput = energyPerOutput.as(Dimension.NONE);
        for (int r = 0; r < regions; r++) {
            double[] inRegion = new double[k];
            for (int i = 0; i < k; i++) inRegion[i] = runs.get(i).outputsInRegion(r);
            for (int i = 0; i < k; i++) total[i] += inRegion[i];
            UncertainQuantity c = ensemble(inRegion, k).times(perOutput).times(intensities.get(r).as(Dimension.NONE));
            co2e = co2e == null ? c : co2e.plus(c);
            UncertainQuantity w = ensemble(inRegion, k).times(itPerOutput).times(water.perItKwh(r, pue));
            litres = litres == null ? w : litres.plus(w);
        }
        UncertainQuantity outputs = ensemble(total, k).as(Dimension.OUTPUTS);
        UncertainQuantity energy = ensemble(total, k).times(perOutput).as(Dimension.ENERGY);
        List<UncertainQuantity> daily = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) for (int r = 0; r < regions; r++) v[i] += runs.get(i).outputs(d, r);
            daily.add(ensemble(v, k).times(perOutput).as(Dimension.ENERGY));
        }
        return new SimulationEstimate(scenario, runs, outputs, energy, co2e.as(Dimension.CO2E), litres.as(Dimension.WATER),
                water.notes(), daily);
    }

    /** Outputs per run as a value of the formulas: the runs, paired with the samples in turn. */
    private static UncertainQuantity ensemble(double[] perRun, int runs) {
        String name = runs == 1 ? "outputs of the run" : "user-to-user variation (" + runs + " runs)";
        return new UncertainQuantity(Formula.ensemble(name, perRun), Dimension.NONE);
    }

    public UncertainQuantity outputsValue() { return outputs; }
    public UncertainQuantity energyValue() { return energy; }
    public UncertainQuantity co2eValue() { return co2e; }
    public UncertainQuantity waterValue() { return water; }
    public List<SimulationResult> runs() { return runs; }

    @Override
    public List<Formula> headline() {
        return List.of(outputs.formula(), energy.formula(), co2e.formula(), water.formula());
    }

    @Override
    public List<Formula> formulas() {
        List<Formula> out = new ArrayList<>(headline());
        for (UncertainQuantity d : dailyEnergy) out.add(d.formula());
        return out;
    }

    /** Totals with their bands, the daily energy band as a table and a chart, and how it was computed. */
    public Report toReport(int line, Statistics s) {
        List<Metric> metrics = List.of(s.metric(Measure.OUTPUTS, outputs, null), s.metric(Measure.ENERGY, energy, null),
                s.metric(Measure.CO2E, co2e, null), s.metric(Measure.WATER, water, null));
        Unit u = DisplayUnits.choose(Dimension.ENERGY, s.value(energy).base() / scenario.days());
        Table t = Table.create("Daily energy (means and p5–p95 over the draws)", IntColumn.create("Day"),
                DoubleColumn.create("Energy [" + u.symbol() + "]"), DoubleColumn.create("Energy p5 [" + u.symbol() + "]"),
                DoubleColumn.create("Energy p95 [" + u.symbol() + "]"));
        int days = scenario.days();
        double[] mean = new double[days], p5 = new double[days], p95 = new double[days];
        List<String> categories = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            McResult r = s.of(dailyEnergy.get(d));
            double m = s.value(dailyEnergy.get(d)).base();
            mean[d] = u.fromBase(m);
            p5[d] = u.fromBase(r == null ? m : r.p5());
            p95[d] = u.fromBase(r == null ? m : r.p95());
            t.intColumn(0).append(d + 1);
            t.doubleColumn(1).append(mean[d]);
            t.doubleColumn(2).append(p5[d]);
            t.doubleColumn(3).append(p95[d]);
            categories.add(Integer.toString(d + 1));
        }
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(new ChartSpec(ChartSpec.Kind.ERROR_BAR, "Energy per day, mean with p5–p95", "day", "energy (" + u.symbol() + ")",
                u.symbol(), categories, List.of(new ChartSpec.Series("energy", mean, p5, p95)),
                "G-TRACE viral simulation, " + runs.size() + (runs.size() == 1 ? " run" : " runs") + " × model draws"));
        charts.addAll(s.tornadoes(metrics.subList(1, 3), List.of(energy, co2e)));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "%,d users over %d days, %s engine, %s; adoption: %s; outputs per active user: %s.",
                scenario.users(), days, runs.get(0).engine(), runs.size() == 1 ? "seed " + runs.get(0).seed()
                        : runs.size() + " runs, seeds " + runs.get(0).seed() + ".." + runs.get(runs.size() - 1).seed(),
                scenario.adoption().describe(), scenario.outputs().describe()));
        notes.add("The energy of an output, the PUE and each grid's intensity are drawn once per sample (what is not known about"
                + " the model); " + (runs.size() == 1 ? "one run gives what varies from user to user (add runs N to see it vary)."
                : "the " + runs.size() + " runs give what varies from user to user; each sample pairs one run with one draw."));
        notes.addAll(waterNotes);
        notes.addAll(s.notes(metrics));
        String name = scenario.name();
        return new Report(line, name, "Viral simulation of " + name, metrics, t, charts, null, notes);
    }
}
