package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.gtrace.stdlib.report.ChartSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartRendererTest {

    static ChartSpec spec(ChartSpec.Kind kind) {
        List<String> cats = List.of("FR", "US", "IN");
        List<ChartSpec.Series> series = switch (kind) {
            case ERROR_BAR, TORNADO -> List.of(new ChartSpec.Series("CO2e", new double[] {50, 700, 1400},
                    new double[] {40, 600, 1200}, new double[] {60, 820, 1500}));
            case STACKED_BAR -> List.of(ChartSpec.Series.of("training", 10, 20, 30), ChartSpec.Series.of("inference", 5, 6, 7));
            default -> List.of(ChartSpec.Series.of("CO2e", 50, 700, 1400));
        };
        return new ChartSpec(kind, "CO2e by region & <scenario>", "region", "CO2e", "tCO2e", cats, series,
                "Ember 2023 [CC BY 4.0]");
    }

    @ParameterizedTest
    @EnumSource(ChartSpec.Kind.class)
    void svgHasTitleAxisWithUnitAndSource(ChartSpec.Kind kind) {
        String svg = ChartRenderer.svg(spec(kind));
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("viewBox='0.0 0.0 720.0 400.0'"), "fixed size");
        assertTrue(svg.contains("CO2e by region &amp; &lt;scenario&gt;"), "title, escaped");
        assertTrue(svg.contains("CO2e (tCO2e)"), "value axis label carries the unit");
        assertTrue(svg.contains("Source: Ember 2023 [CC BY 4.0]"));
        assertTrue(!svg.contains("<script"));
        // a white box on JupyterLab's dark theme: now transparent, its text a grey that reads on both
        assertTrue(!svg.contains("rgb(255,255,255)"), "no white fill");
        assertTrue(svg.contains("rgb(118,118,118)"), "text in the two-theme grey");
        // nbconvert and screen readers had nothing to announce for a chart
        assertTrue(svg.contains("<title>" + Html.escape(ChartRenderer.altText(spec(kind))) + "</title>"), svg.substring(0, 300));
        assertTrue(ChartRenderer.altText(spec(kind)).contains("CO2e by region & <scenario>; CO2e (tCO2e) by region; series: "),
                ChartRenderer.altText(spec(kind)));
        var bundle = ReportBundles.chart(spec(kind));
        assertEquals(ChartRenderer.altText(spec(kind)), ((java.util.Map<?, ?>) bundle.metadata().get("image/png")).get("alt"));
    }

    @org.junit.jupiter.api.Test
    void daysTickAtWholeNumbers() {
        // a seven-day line chart ticked at 1.5, 2.5, …
        ChartSpec days = new ChartSpec(ChartSpec.Kind.LINE, "Active users per day", "day", "active users (millions)", "millions",
                List.of("1", "2", "3"), List.of(ChartSpec.Series.of("active users", 0.1, 0.4, 0.9)), "G-TRACE");
        String svg = ChartRenderer.svg(days);
        assertTrue(!svg.contains(">1.5<") && !svg.contains(">2.5<"), "no half days");
        assertTrue(svg.contains(">2<"), "whole days are labelled");
        assertTrue(svg.contains("active users (millions)") && !svg.contains("(millions) (millions)"), "one unit in the label");
    }

    @ParameterizedTest
    @EnumSource(ChartSpec.Kind.class)
    void pngIsAFixedSizeImage(ChartSpec.Kind kind) throws Exception {
        byte[] png = ChartRenderer.png(spec(kind));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(720, img.getWidth());
        assertEquals(400, img.getHeight());
    }
}
