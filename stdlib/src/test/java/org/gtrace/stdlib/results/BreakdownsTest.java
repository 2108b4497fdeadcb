package org.gtrace.stdlib.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.training.TrainingRun;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BreakdownsTest {

    private static InferenceEstimate workload(Workload w, double outputs, String energy) {
        return w.outputs(Quantity.outputs(outputs)).energyPerOutput(Quantity.parse(energy))
                .share("FR", Quantity.number(0.5)).share("US", Quantity.number(0.5)).estimate();
    }

    @Test
    void byModalityAndByRegionSumAcrossWorkloads() {
        InferenceEstimate img = workload(Workload.image("img"), 1000, "6 Wh");
        InferenceEstimate txt = workload(Workload.text("txt"), 1000, "0.3 Wh");
        Table m = Breakdowns.byModality(List.of(img, txt));
        assertEquals(List.of("image", "text"), m.stringColumn("modality").asList());
        assertEquals(List.of("modality", "outputs [outputs]", "energy [Wh]", "CO2e [gCO2e]", "water [L]"), m.columnNames());
        assertEquals(6000, m.doubleColumn("energy [Wh]").get(0), 1e-9);
        Table r = Breakdowns.byRegion(List.of(img, txt));
        assertEquals(List.of("FRA", "USA"), r.stringColumn("region").asList());
        assertEquals(3150, r.doubleColumn("energy [Wh]").get(0), 1e-9); // half of 6,000 + 300 Wh
    }

    @Test
    void byPhase() {
        var t = TrainingRun.named("t").reportedEnergy(Quantity.parse("1 MWh")).intensity(Quantity.parse("500 g/kWh")).estimate();
        InferenceEstimate i = Workload.image("i").outputs(Quantity.outputs(1000)).energyPerOutput(Quantity.parse("1 kWh"))
                .intensity(Quantity.parse("500 g/kWh")).estimate();
        Table p = Breakdowns.byPhase(List.of(t), List.of(i));
        assertEquals(List.of(50.0, 50.0), p.doubleColumn("share of CO2e [%]").asList());
    }

    @Test
    void twoHundredRegionsSummariseTheirGridNotes() {
        List<Region> regions = RegionTable.defaults().regions().stream().filter(r -> r.kind() == Region.Kind.COUNTRY).limit(200).toList();
        Workload w = Workload.video("v").outputs(Quantity.outputs(2000)).energyPerOutput(Quantity.parse("1 Wh"));
        for (Region r : regions) w.share(r, Quantity.number(1.0 / 200));
        InferenceEstimate e = w.estimate();
        assertEquals(200, e.byRegion().size());
        assertEquals(200, e.table().rowCount());
        assertEquals(2.0, e.energy().base(), 1e-12);
        assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("grid: 200 regions; bases location-based, lifecycle (200)")),
                e.notes().toString());
    }
}
