package org.gtrace.stdlib.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Units;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** A report shown in a unit asked for: metrics, table columns and charts of that dimension only. */
class ShownInTest {

    private static Report ghibli() {
        return Workload.image("ghibli").outputs(Quantity.outputs(700e6)).energyPerOutput(Quantity.of(0.006, "kWh"))
                .intensity(Quantity.of(481, "g/kWh")).estimate().toReport(2);
    }

    @Test
    void theMatchingColumnIsConvertedAndRenamedTheOthersCopied() {
        Table before = ghibli().table();
        Table after = ghibli().shownIn(Units.parse("kgCO2e")).table();
        assertEquals(before.columnNames().stream().map(n -> n.equals("CO2e [tCO2e]") ? "CO2e [kgCO2e]" : n).toList(),
                after.columnNames());
        // 2,020.2 t = 2,020,200 kg; tolerance 1e-9 relative
        assertEquals(2_020_200, after.doubleColumn("CO2e [kgCO2e]").get(0), 2_020_200 * 1e-9);
        assertEquals(before.doubleColumn("energy [MWh]").get(0), after.doubleColumn("energy [MWh]").get(0));
        assertEquals(before.column("share [%]").getString(0), after.column("share [%]").getString(0));
        assertEquals("CO2e [tCO2e]", before.column(7).name(), "the original is left as it was");
    }

    @Test
    void metricsKeepBaseValuesAndOnlyTheMatchingOneIsShownDifferently() {
        Report r = ghibli().shownIn(Units.parse("GWh"));
        Metric energy = r.metrics().get(0);
        assertEquals(4_200_000, energy.value().base(), 1e-6);
        assertEquals("4.2 GWh", energy.format(energy.value()));
        assertEquals("CO2e", r.metrics().get(1).name());
        assertEquals(null, r.metrics().get(1).displayUnit());
        assertEquals("2,020 tCO2e", r.metrics().get(1).format(r.metrics().get(1).value()));
        assertThrows(IllegalArgumentException.class, () -> energy.shownIn(Units.parse("tCO2e")));
    }

    @Test
    void aChartInTheDimensionIsRescaledOthersAreKept() {
        ChartSpec bars = new ChartSpec(ChartSpec.Kind.ERROR_BAR, "CO2e", "scenario", "CO2e (tCO2e)", "tCO2e",
                List.of("a", "b"), List.of(new ChartSpec.Series("CO2e", new double[] {2020.2, 202.02},
                        new double[] {1800, 180}, new double[] {2300, 230})), "G-TRACE estimate");
        ChartSpec kg = bars.shownIn(Units.parse("kgCO2e"));
        assertEquals("kgCO2e", kg.unit());
        assertEquals("CO2e (kgCO2e)", kg.yLabel());
        assertArrayEquals(new double[] {2_020_200, 202_020}, kg.series().get(0).values(), 1e-6);
        assertArrayEquals(new double[] {1_800_000, 180_000}, kg.series().get(0).low(), 1e-6);
        assertArrayEquals(new double[] {2_300_000, 230_000}, kg.series().get(0).high(), 1e-6);
        assertSame(bars, bars.shownIn(Units.parse("GWh")));
    }
}
