package org.gtrace.stdlib.simulation;

import org.gtrace.stdlib.report.Measure;
import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A simulation run as front ends show it: totals, the daily table by region, and line charts. */
public final class SimulationReport {
    private SimulationReport() {}

    /** A run with its water at the given rates, whose notes join the run's. */
    public static Report of(int line, SimulationResult r, SimulationWater water) {
        Report plain = of(line, r);
        List<Metric> metrics = new ArrayList<>(plain.metrics());
        metrics.add(Metric.point(Measure.WATER, Quantity.litres(water.litres(r)), null));
        List<String> notes = new ArrayList<>(plain.notes());
        notes.addAll(water.notes());
        return new Report(line, plain.subject(), plain.title(), metrics, plain.table(), plain.charts(), plain.markdown(), notes);
    }

    public static Report of(int line, SimulationResult r) {
        Unit energyUnit = DisplayUnits.choose(Quantity.kWh(0).dimension(), r.totalEnergyKWh() / r.days());
        Unit co2Unit = DisplayUnits.choose(Quantity.kgCO2e(0).dimension(), r.totalCo2eKg() / r.days());
        List<Metric> metrics = List.of(
                Metric.point(Measure.OUTPUTS, Quantity.outputs(r.totalOutputs()), null),
                Metric.point(Measure.ENERGY, Quantity.kWh(r.totalEnergyKWh()), null),
                Metric.point(Measure.CO2E, Quantity.kgCO2e(r.totalCo2eKg()), null));
        String name = r.scenario().name();
        return new Report(line, name, "Viral simulation of " + name, metrics, table(r, energyUnit, co2Unit),
                List.of(energyChart(r, energyUnit), activeChart(r)), null, notes(r));
    }

    /** Long format: one row per day and region. */
    public static Table table(SimulationResult r, Unit energyUnit, Unit co2Unit) {
        Table t = Table.create("Daily series",
                IntColumn.create("Day"), StringColumn.create("Region"), LongColumn.create("Active users"),
                LongColumn.create("Outputs"), DoubleColumn.create("Energy [" + energyUnit.symbol() + "]"),
                DoubleColumn.create("CO2e [" + co2Unit.symbol() + "]"));
        List<String> regions = r.regions();
        for (int d = 0; d < r.days(); d++) {
            for (int k = 0; k < regions.size(); k++) {
                t.intColumn(0).append(d + 1);
                t.stringColumn(1).append(regions.get(k));
                t.longColumn(2).append(r.activeUsers(d, k));
                t.longColumn(3).append(r.outputs(d, k));
                t.doubleColumn(4).append(energyUnit.fromBase(r.energyKWh(d, k)));
                t.doubleColumn(5).append(co2Unit.fromBase(r.co2eKg(d, k)));
            }
        }
        return t;
    }

    private static ChartSpec energyChart(SimulationResult r, Unit unit) {
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int k = 0; k < r.regions().size(); k++) {
            double[] v = new double[r.days()];
            for (int d = 0; d < r.days(); d++) v[d] = unit.fromBase(r.energyKWh(d, k));
            series.add(ChartSpec.Series.of(r.regions().get(k), v));
        }
        return new ChartSpec(ChartSpec.Kind.LINE, "Energy per day by region", "day", "energy (" + unit.symbol() + ")",
                unit.symbol(), days(r), series, source(r));
    }

    private static ChartSpec activeChart(SimulationResult r) {
        double[] v = new double[r.days()];
        for (int d = 0; d < r.days(); d++) v[d] = r.activeUsers(d) / 1e6;
        return new ChartSpec(ChartSpec.Kind.LINE, "Active users per day", "day", "active users (millions)",
                "millions", days(r), List.of(ChartSpec.Series.of("active users", v)), source(r));
    }

    private static List<String> days(SimulationResult r) {
        List<String> out = new ArrayList<>();
        for (int d = 1; d <= r.days(); d++) out.add(Integer.toString(d));
        return out;
    }

    private static String source(SimulationResult r) {
        return "G-TRACE viral simulation (" + r.engine() + " engine, seed " + r.seed() + ")";
    }

    private static List<String> notes(SimulationResult r) {
        ViralScenario s = r.scenario();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "%,d users over %d days, %s engine, seed %d; adoption: %s; outputs per active user: %s.",
                s.users(), s.days(), r.engine(), r.seed(), s.adoption().describe(), s.outputs().describe()));
        notes.add(String.format(java.util.Locale.ROOT, "This run drew PUE %.3f; energy per output %s kWh.", r.pue(), s.energyPerOutput().describe()));
        s.sources().forEach((input, src) -> notes.add(input + ": " + src.line()
                + (src.kind().equals("assumption") ? " (ASSUMPTION)" : "")));
        return notes;
    }
}
