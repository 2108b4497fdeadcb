package org.gtrace.stdlib.report;

import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.units.Unit;

/**
 * A chart as data: what to draw, not how. Front ends draw it (the kernel and CLI with
 * JFreeChart as SVG and PNG). Values are in {@link #unit}, already scaled for display.
 *
 * @param kind       the chart type
 * @param title      title shown above the plot
 * @param xLabel     category or time axis label
 * @param yLabel     value axis label, with its unit, e.g. "CO2e (tCO2e)"
 * @param unit       unit of every value in the series
 * @param categories category labels (bars) or x positions as text (lines: day numbers)
 * @param series     one or more series, each with one value per category
 * @param source     the source line printed under the chart
 */
public record ChartSpec(Kind kind, String title, String xLabel, String yLabel, String unit,
                        List<String> categories, List<Series> series, String source) {

    /**
     * PYRAMID: the AI Sustainability Pyramid; categories are the levels bottom (L1) to top (L7),
     * series "passed" and "reached" hold 1 or 0 per level (see {@code pyramid.PyramidView}).
     */
    public enum Kind { BAR, STACKED_BAR, LINE, ERROR_BAR, TORNADO, PYRAMID }

    /**
     * A named series. {@code low} and {@code high} are the p5 and p95 bounds for ERROR_BAR and
     * TORNADO charts (null otherwise).
     */
    public record Series(String name, double[] values, double[] low, double[] high) {
        public Series {
            Objects.requireNonNull(name);
            values = values.clone();
            low = low == null ? null : low.clone();
            high = high == null ? null : high.clone();
        }

        public static Series of(String name, double... values) {
            return new Series(name, values, null, null);
        }
    }

    public ChartSpec {
        Objects.requireNonNull(kind);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * The same chart with its values converted to {@code to} when {@link #unit} has that unit's
     * dimension ("CO2e (tCO2e)" becomes "CO2e (kgCO2e)"); otherwise this chart unchanged.
     */
    public ChartSpec shownIn(Unit to) {
        Unit from = unit == null ? null : QuantityColumns.unitOf("[" + unit + "]");
        if (from == null || !from.dimension().equals(to.dimension())) return this;
        List<Series> converted = series.stream().map(s -> new Series(s.name(), convert(s.values(), from, to),
                convert(s.low(), from, to), convert(s.high(), from, to))).toList();
        String y = yLabel == null ? null : yLabel.replace("(" + unit + ")", "(" + to.symbol() + ")");
        return new ChartSpec(kind, title, xLabel, y, to.symbol(), categories, converted, source);
    }

    private static double[] convert(double[] values, Unit from, Unit to) {
        if (values == null) return null;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = to.fromBase(from.toBase(values[i]));
        return out;
    }
}
