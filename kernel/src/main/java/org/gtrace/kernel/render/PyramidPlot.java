package org.gtrace.kernel.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.gtrace.stdlib.pyramid.PyramidView;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * Draws the AI Sustainability Pyramid: seven bands, L1 at the base, each coloured by its state
 * (reached; passing its own gates but above the level reached; failing), with the level names
 * beside the bands so they stay legible however narrow the top gets. Colours are mid-tone so they
 * read on light and dark notebook themes.
 */
final class PyramidPlot extends Plot {
    static final Color REACHED = new Color(0x2E, 0x7D, 0x32);
    static final Color PASSED_ABOVE = new Color(0x9C, 0xCC, 0x65);
    static final Color FAILED = new Color(0xB0, 0xBE, 0xC5);
    private static final Color INK = ChartRenderer.INK;
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 13);

    private final PyramidView view;

    PyramidPlot(PyramidView view) {
        this.view = view;
    }

    @Override
    public String getPlotType() {
        return "AI Sustainability Pyramid";
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        int n = view.levels().size();
        double pyramidWidth = area.getWidth() * 0.5;
        double left = area.getX() + 10, bandHeight = (area.getHeight() - 10) / n, base = area.getMaxY() - 5;
        double centre = left + pyramidWidth / 2;
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < n; i++) {
            PyramidView.Level level = view.levels().get(i);
            double wBottom = pyramidWidth * (1 - (double) i / n), wTop = pyramidWidth * (1 - (double) (i + 1) / n);
            double yBottom = base - i * bandHeight, yTop = yBottom - bandHeight + 2;
            Path2D band = new Path2D.Double();
            band.moveTo(centre - wBottom / 2, yBottom);
            band.lineTo(centre + wBottom / 2, yBottom);
            band.lineTo(centre + wTop / 2, yTop);
            band.lineTo(centre - wTop / 2, yTop);
            band.closePath();
            g.setPaint(level.reached() ? REACHED : level.passed() ? PASSED_ABOVE : FAILED);
            g.fill(band);
            // no white outline: the 2-unit gap between bands shows the page's own background, light or dark
            String text = "L" + level.level() + " " + level.name() + " — " + state(level);
            g.setPaint(INK);
            float y = (float) ((yBottom + yTop) / 2 + fm.getAscent() / 2.0 - 2);
            g.drawString(text, (float) (left + pyramidWidth + 16), y);
        }
    }

    static String state(PyramidView.Level level) {
        if (level.reached()) return "reached";
        return level.passed() ? "gates pass (a lower level fails)" : "fails";
    }
}
