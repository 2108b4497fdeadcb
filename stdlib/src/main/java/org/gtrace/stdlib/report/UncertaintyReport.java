package org.gtrace.stdlib.report;

import java.util.List;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.Sensitivity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Turns a Monte Carlo result into what front ends show: the metric (mean, band, standard error),
 * the sensitivity table and the tornado chart, both read from the joint draws.
 */
public final class UncertaintyReport {
    private UncertaintyReport() {}

    /**
     * @param line      the statement's source line (0 when none)
     * @param subject   what the result is about ("ghibli")
     * @param measure   what the result measures
     * @param dimension the output's dimension (base units)
     */
    public static Report of(int line, String subject, Measure measure, Dimension dimension, McResult result, Derivation derivation) {
        Metric metric = Metric.of(measure, measure.label(), result, dimension, derivation);
        Unit unit = DisplayUnits.choose(dimension, result.mean());
        String title = "Uncertainty of " + measure.label() + (subject.isEmpty() ? "" : " of " + subject);
        return new Report(line, subject, title, List.of(metric), sensitivityTable(result, unit),
                List.of(tornado(result, measure.label(), unit)), null, List.of(method(result.samples(), result.seed()) + "."));
    }

    /** One row per input, largest swing first; output columns in {@code unit} (base units when null). */
    public static Table sensitivityTable(McResult result, Unit unit) {
        String u = unit == null ? "base" : unit.symbol();
        Table t = Table.create("Sensitivity",
                StringColumn.create("Input"), StringColumn.create("Distribution"),
                DoubleColumn.create("Input p10"), DoubleColumn.create("Input p90"),
                DoubleColumn.create("Mean with input in lowest tenth [" + u + "]"),
                DoubleColumn.create("Mean with input in highest tenth [" + u + "]"),
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

    /** A TORNADO chart: per input, the result's mean with that input in its lowest and its highest tenth of draws. */
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
                "G-TRACE Monte Carlo, " + String.format(java.util.Locale.ROOT, "%,d", result.samples()) + " joint draws, seed " + result.seed()
                        + "; each bar runs from the mean with that input in its lowest tenth of draws to the mean with it in its highest");
    }

    /** How a report's statistics were obtained, in the words every report of a Monte Carlo run uses. */
    public static String method(int samples, long seed) {
        return "Monte Carlo, " + String.format(java.util.Locale.ROOT, "%,d", samples) + " joint draws of the inputs, seed " + seed
                + ": each value is the mean ± its standard error, the band p5–p95";
    }

    private static double display(double base, Unit unit) {
        return unit == null ? base : unit.fromBase(base);
    }
}
