package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** {@code chart VALUE}: a value on its own is drawn too, from programs run by the language. */
class ValueChartTest {

    private static Report last(String program) {
        Execution x = new Session().execute(program, "test");
        assertTrue(x.ok(), () -> x.format("test", program));
        List<Report> rs = x.reports();
        return rs.get(rs.size() - 1);
    }

    @Test
    void anUncertainValueIsItsMeanWithTheBand() {
        Report r = last("let u = 0.004 .. 0.008 kWh\nchart u");
        ChartSpec c = r.charts().get(0);
        assertEquals(ChartSpec.Kind.ERROR_BAR, c.kind());
        assertEquals("Wh", c.unit());
        // uniform 4..8 Wh: mean 6, p5 4.2, p95 7.8 (closed form)
        assertArrayEquals(new double[] {6}, c.series().get(0).values(), 1e-9);
        assertArrayEquals(new double[] {4.2}, c.series().get(0).low(), 1e-9);
        assertArrayEquals(new double[] {7.8}, c.series().get(0).high(), 1e-9);
        String svg = ChartRenderer.svg(c);
        assertTrue(svg.contains("energy (Wh)") && svg.contains("mean with the p5–p95 band"), "axis with unit and source");
    }

    @Test
    void aPlainQuantityIsOneBarAndANumberSaysWhyNothingIsDrawn() {
        Report bar = last("let q = 5 MWh\nchart q");
        assertEquals(ChartSpec.Kind.BAR, bar.charts().get(0).kind());
        assertArrayEquals(new double[] {5000}, bar.charts().get(0).series().get(0).values(), 1e-9);
        assertEquals("kWh", bar.charts().get(0).unit());
        Report none = last("let n = 3\nchart n");
        assertTrue(none.charts().isEmpty());
        assertTrue(ReportText.render(none).contains("nothing to chart"), ReportText.render(none));
    }
}
