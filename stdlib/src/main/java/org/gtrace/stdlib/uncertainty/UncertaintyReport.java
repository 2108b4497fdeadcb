package org.gtrace.stdlib.uncertainty;

import java.util.List;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Turns a {@link McResult} into what front ends show: the metric, the sensitivity table and a tornado chart. */
public final class UncertaintyReport {
    private UncertaintyReport() {}

    /**
     * @param line       the statement's source line (0 when none)
     * @param subject    what the result is about ("ghibli")
     * @param metricName the metric's display name ("energy")
     * @param key        its JSON stem in base units ("energy_kwh")
     * @param dimension  the output's dimension (base units)
     */
    public static Report of(int line, String subject, String metricName, String key, Dimension dimension,
                            McResult result, Derivation derivation) {
        Metric metric = result.toMetric(metricName, key, dimension, derivation);
        Unit unit = DisplayUnits.choose(dimension, result.mean());
        String title = "Uncertainty of " + metricName + (subject.isEmpty() ? "" : " of " + subject);
        return new Report(line, subject, title, List.of(metric), sensitivityTable(result, unit),
                List.of(tornado(result, metricName, unit)), null, notes(result));
    }

    /** One row per input, largest swing first; output columns in {@code unit} (base units when null). */
    public static Table sensitivityTable(McResult result, Unit unit) {
        String u = unit == null ? "base" : unit.symbol();
        Table t = Table.create("Sensitivity",
                StringColumn.create("Input"), StringColumn.create("Distribution"),
                DoubleColumn.create("Input p5"), DoubleColumn.create("Input p95"),
                DoubleColumn.create("Output at input p5 [" + u + "]"),
                DoubleColumn.create("Output at input p95 [" + u + "]"),
                DoubleColumn.create("Swing [" + u + "]"), DoubleColumn.create("Rank correlation"));
        for (Sensitivity s : result.sensitivity()) {
            t.stringColumn(0).append(s.input());
            t.stringColumn(1).append(s.distribution());
            t.doubleColumn(2).append(s.inputLow());
            t.doubleColumn(3).append(s.inputHigh());
            t.doubleColumn(4).append(display(s.outputAtLow(), unit));
            t.doubleColumn(5).append(display(s.outputAtHigh(), unit));
            t.doubleColumn(6).append(display(s.swing(), unit));
            t.doubleColumn(7).append(s.rankCorrelation());
        }
        return t;
    }

    /** A TORNADO chart: per input, the output with that input at its p5 (low) and p95 (high). */
    public static ChartSpec tornado(McResult result, String metricName, Unit unit) {
        List<Sensitivity> s = result.sensitivity();
        int k = s.size();
        double[] centre = new double[k], low = new double[k], high = new double[k];
        for (int i = 0; i < k; i++) {
            centre[i] = display(s.get(i).outputMean(), unit);
            low[i] = display(Math.min(s.get(i).outputAtLow(), s.get(i).outputAtHigh()), unit);
            high[i] = display(Math.max(s.get(i).outputAtLow(), s.get(i).outputAtHigh()), unit);
        }
        String u = unit == null ? "" : unit.symbol();
        return new ChartSpec(ChartSpec.Kind.TORNADO, "What drives the spread of " + metricName, "input",
                metricName + (u.isEmpty() ? "" : " (" + u + ")"), u,
                s.stream().map(Sensitivity::input).toList(),
                List.of(new ChartSpec.Series(metricName, centre, low, high)),
                "G-TRACE Monte Carlo, " + result.samples() + " samples, seed " + result.seed()
                        + "; each bar: the mean with that input in its lowest tenth of draws, and in its highest");
    }

    private static List<String> notes(McResult r) {
        return List.of("Monte Carlo with " + String.format("%,d", r.samples()) + " samples, seed " + r.seed()
                        + "; the value is the mean, the band p5–p95 (type-7 percentiles).",
                "A '± p%' input is normal with the band as two standard deviations (about 95% of draws inside it).");
    }

    private static double display(double base, Unit unit) {
        return unit == null ? base : unit.fromBase(base);
    }
}
