package org.gtrace.kernel.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.gtrace.stdlib.pyramid.PyramidView;
import org.gtrace.stdlib.report.ChartSpec;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ChartSpec} with JFreeChart, as SVG (JFreeSVG) and as PNG. Fixed size and
 * fonts so a notebook looks the same everywhere; an opaque white card with dark text and a
 * colour-blind-safe palette, so it reads in light and dark themes alike. Used by the kernel and
 * by the command line (to write SVG files).
 */
public final class ChartRenderer {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;
    private static final String FAMILY = "SansSerif";
    private static final Font TITLE = new Font(FAMILY, Font.BOLD, 16);
    private static final Font LABEL = new Font(FAMILY, Font.PLAIN, 13);
    private static final Font TICK = new Font(FAMILY, Font.PLAIN, 11);
    private static final Font SOURCE = new Font(FAMILY, Font.ITALIC, 10);
    /**
     * Charts are transparent, drawn in colours that read on JupyterLab's light and dark themes
     * alike (an SVG shown as an image cannot follow the page's theme): text in a grey with about
     * 4.5:1 contrast on white and 4.2:1 on the dark theme's background, rules in translucent grey.
     */
    static final Color INK = new Color(0x76, 0x76, 0x76);
    private static final Color GRID = new Color(128, 128, 128, 90);
    static final Color CLEAR = new Color(0, 0, 0, 0);
    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999)};

    static {
        // Draw rotated labels (the value axis) with drawString, so SVG keeps them as text.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartRenderer() {}

    public static String svg(ChartSpec spec) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(defsPrefix(spec));
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart(spec).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        // a title first in the SVG is what screen readers and exports announce for it
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open) + "<title>" + Html.escape(altText(spec)) + "</title>" + svg.substring(open);
    }

    /** What the chart shows, in one sentence, for readers who cannot see it: "Line chart: Energy per day by region; …". */
    public static String altText(ChartSpec spec) {
        String kind = switch (spec.kind()) {
            case LINE -> "Line chart";
            case ERROR_BAR -> "Chart of means with p5–p95 bars";
            case STACKED_BAR -> "Stacked bar chart";
            case PYRAMID -> "Pyramid chart";
            case TORNADO -> "Tornado chart";
            default -> "Bar chart";
        };
        String names = String.join(", ", spec.series().stream().map(ChartSpec.Series::name).toList());
        String axes = spec.xLabel() == null || spec.xLabel().isEmpty() ? valueLabel(spec) : valueLabel(spec) + " by " + spec.xLabel();
        return kind + ": " + spec.title() + "; " + axes + (names.isEmpty() ? "" : "; series: " + names) + ".";
    }

    /**
     * Ids of the SVG's clip paths. JFreeSVG's default prefix is the clock, so every run changed
     * stored notebooks; one derived from the chart's content is stable across runs and still
     * differs between the charts inlined in one page.
     */
    static String defsPrefix(ChartSpec spec) {
        int h = java.util.Objects.hash(spec.kind().name(), spec.title(), spec.categories());
        for (ChartSpec.Series s : spec.series()) h = 31 * h + java.util.Arrays.hashCode(s.values());
        return "c" + Integer.toHexString(h) + "-";
    }

    public static byte[] png(ChartSpec spec) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart(spec).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static JFreeChart chart(ChartSpec spec) {
        JFreeChart chart = switch (spec.kind()) {
            case BAR -> categoryBars(spec, false);
            case STACKED_BAR -> categoryBars(spec, true);
            case LINE -> line(spec);
            case ERROR_BAR -> errorBars(spec);
            case TORNADO -> tornado(spec);
            case PYRAMID -> pyramid(spec);
        };
        style(chart, spec);
        return chart;
    }

    static String valueLabel(ChartSpec s) {
        String y = s.yLabel() == null ? "" : s.yLabel();
        if (s.unit() == null || s.unit().isEmpty() || y.contains(s.unit())) return y;
        return y.isEmpty() ? s.unit() : y + " (" + s.unit() + ")";
    }

    private static boolean legend(ChartSpec s) {
        return s.series().size() > 1;
    }

    private static JFreeChart categoryBars(ChartSpec s, boolean stacked) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series series : s.series()) {
            for (int i = 0; i < s.categories().size(); i++) data.addValue(series.values()[i], series.name(), s.categories().get(i));
        }
        JFreeChart c = stacked
                ? ChartFactory.createStackedBarChart(s.title(), s.xLabel(), valueLabel(s), data, PlotOrientation.VERTICAL, legend(s), false, false)
                : ChartFactory.createBarChart(s.title(), s.xLabel(), valueLabel(s), data, PlotOrientation.VERTICAL, legend(s), false, false);
        BarRenderer r = (BarRenderer) c.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        return c;
    }

    private static JFreeChart line(ChartSpec s) {
        XYSeriesCollection data = new XYSeriesCollection();
        boolean numeric = s.categories().stream().allMatch(ChartRenderer::isNumber);
        for (ChartSpec.Series series : s.series()) {
            XYSeries xy = new XYSeries(series.name(), false, true);
            for (int i = 0; i < s.categories().size(); i++) {
                xy.add(numeric ? Double.parseDouble(s.categories().get(i).strip()) : i, series.values()[i]);
            }
            data.addSeries(xy);
        }
        JFreeChart c = ChartFactory.createXYLineChart(s.title(), s.xLabel(), valueLabel(s), data, PlotOrientation.VERTICAL, legend(s), false, false);
        if (!numeric) {
            SymbolAxis axis = new SymbolAxis(s.xLabel(), s.categories().toArray(String[]::new));
            axis.setGridBandsVisible(false);
            c.getXYPlot().setDomainAxis(axis);
        } else if (s.categories().stream().allMatch(ChartRenderer::isWhole)
                && c.getXYPlot().getDomainAxis() instanceof org.jfree.chart.axis.NumberAxis days) {
            // days and counts tick at whole numbers: no "day 1.5"
            days.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        }
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) c.getXYPlot().getRenderer();
        for (int i = 0; i < s.series().size(); i++) r.setSeriesStroke(i, new BasicStroke(2f));
        return c;
    }

    private static JFreeChart errorBars(ChartSpec s) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (ChartSpec.Series series : s.series()) {
            YIntervalSeries y = new YIntervalSeries(series.name(), false, true);
            for (int i = 0; i < s.categories().size(); i++) {
                double v = series.values()[i];
                y.add(i, v, series.low() == null ? v : series.low()[i], series.high() == null ? v : series.high()[i]);
            }
            data.addSeries(y);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setErrorStroke(new BasicStroke(1.5f));
        r.setCapLength(8);
        SymbolAxis categories = new SymbolAxis(s.xLabel(), s.categories().toArray(String[]::new));
        categories.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, categories, new org.jfree.chart.axis.NumberAxis(valueLabel(s)), r);
        return new JFreeChart(s.title(), TITLE, plot, legend(s));
    }

    /** Parameters sorted by swing, widest on top; the line marks the central result. */
    private static JFreeChart tornado(ChartSpec s) {
        ChartSpec.Series series = s.series().get(0);
        int n = s.categories().size();
        double[] low = series.low() == null ? series.values() : series.low();
        double[] high = series.high() == null ? series.values() : series.high();
        List<Integer> order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(high[i] - low[i]))).toList();
        Number[][] starts = {order.stream().map(i -> Math.min(low[i], high[i])).toArray(Number[]::new)};
        Number[][] ends = {order.stream().map(i -> Math.max(low[i], high[i])).toArray(Number[]::new)};
        Comparable<?>[] cats = order.stream().map(i -> s.categories().get(i)).toArray(Comparable[]::new);
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new Comparable[] {series.name()}, cats, starts, ends);
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        r.setIncludeBaseInRange(false);
        org.jfree.chart.axis.NumberAxis values = new org.jfree.chart.axis.NumberAxis(valueLabel(s));
        values.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(s.xLabel()), values, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (n > 0) {
            ValueMarker centre = new ValueMarker(series.values()[0], INK, new BasicStroke(1.5f));
            plot.addRangeMarker(centre);
        }
        return new JFreeChart(s.title(), TITLE, plot, false);
    }

    private static boolean isWhole(String category) {
        double v = Double.parseDouble(category.strip());
        return v == Math.rint(v);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The pyramid drawing, or plain pass/fail bars when the spec is not a well-formed pyramid. */
    private static JFreeChart pyramid(ChartSpec spec) {
        PyramidView view;
        try {
            view = PyramidView.fromChart(spec);
        } catch (RuntimeException e) {
            return categoryBars(spec, false);
        }
        return new JFreeChart(spec.title(), TITLE, new PyramidPlot(view), false);
    }

    private static void style(JFreeChart chart, ChartSpec spec) {
        chart.setBackgroundPaint(CLEAR);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(INK);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TICK);
            chart.getLegend().setItemPaint(INK);
            chart.getLegend().setBackgroundPaint(CLEAR);
        }
        if (spec.source() != null && !spec.source().isEmpty()) {
            TextTitle source = new TextTitle("Source: " + spec.source(), SOURCE);
            source.setPaint(INK);
            source.setPosition(RectangleEdge.BOTTOM);
            source.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(source);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(CLEAR);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot p) {
            styleAxis(p.getDomainAxis());
            if (p.getOrientation() == PlotOrientation.VERTICAL && spec.categories().size() > 8) {
                // Many bars: upright labels instead of ones truncated to "..."
                p.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_90);
            }
            styleAxis(p.getRangeAxis());
            p.setRangeGridlinePaint(GRID);
            for (int i = 0; i < Math.max(1, spec.series().size()); i++) p.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        } else if (plot instanceof XYPlot p) {
            styleAxis(p.getDomainAxis());
            styleAxis(p.getRangeAxis());
            p.setRangeGridlinePaint(GRID);
            p.setDomainGridlinePaint(GRID);
            for (int i = 0; i < Math.max(1, spec.series().size()); i++) p.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
    }

    private static void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(INK);
        if (axis instanceof ValueAxis) axis.setAxisLinePaint(GRID);
    }
}
