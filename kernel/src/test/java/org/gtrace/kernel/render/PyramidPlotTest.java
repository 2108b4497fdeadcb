package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.gtrace.stdlib.pyramid.Deployment;
import org.gtrace.stdlib.pyramid.Pyramid;
import org.gtrace.stdlib.report.ChartSpec;
import org.junit.jupiter.api.Test;

class PyramidPlotTest {
    /** Reaches L3: no budget declared, though its L5 gate (25% below baseline) passes on its own. */
    static ChartSpec chart() {
        Deployment d = Deployment.builder("imagegen").outputs(700e6).energyPerOutputKWh(0.006)
                .region("US", 0.6, 0.38).region("IE", 0.4, 0.28).telemetryCoverage(0.9).publishesPerOutput(true)
                .baselineEnergyPerOutputKWh(0.008).build();
        return Pyramid.assess(d).view().toChart();
    }

    @Test
    void svgDrawsEveryLevelWithItsState() {
        String svg = ChartRenderer.svg(chart());
        assertTrue(svg.contains("AI Sustainability Pyramid: imagegen reaches L3"), "title");
        assertTrue(svg.contains("L1 Measurement — reached"));
        assertTrue(svg.contains("L3 Transparency and telemetry — reached"));
        assertTrue(svg.contains("L4 Operational readiness (budgets) — fails"));
        assertTrue(svg.contains("L5 Optimisation — gates pass (a lower level fails)"));
        assertTrue(svg.contains("L7 Stewardship and policy — fails"));
        assertTrue(svg.contains("Source: G-TRACE pyramid"));
        assertTrue(!svg.contains("<script"));
    }

    @Test
    void pngIsTheFixedSize() throws Exception {
        byte[] png = ChartRenderer.png(chart());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(720, img.getWidth());
        assertEquals(400, img.getHeight());
    }
}
