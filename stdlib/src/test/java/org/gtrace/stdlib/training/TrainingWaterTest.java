package org.gtrace.stdlib.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** A training run's water: on-site of its IT energy, off-site of its facility energy, by its region. */
class TrainingWaterTest {

    @Test
    void aTrainingRunReportsWaterFromItsRegionAndTheWueGiven() {
        // 1M H100-hours × 700 W × PUE 1.2 = 840 MWh facility, 700 MWh IT, in Sweden (6.0315 L/kWh off-site)
        TrainingEstimate t = TrainingRun.named("t").accelerator("H100 SXM").acceleratorHours(Quantity.of(1e6, "h"))
                .pue(Quantity.number(1.2)).region("SWE").wueOnsite(UncertainQuantity.of(Quantity.of(0.5, "L/kWh"))).estimate();
        assertEquals(0.5 * 700_000 + 6.0315 * 840_000, t.water().base(), 1e-6);
        assertTrue(t.waterDerivation().toText().contains("ecologits-mix:SWE"), t.waterDerivation().toText());
        assertTrue(t.toReport(1).metrics().stream().anyMatch(m -> m.key().equals("water_l")));
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("ecologits-electricity-mixes.csv@2d0a1c76")), t.notes().toString());
    }

    @Test
    void aReportedEnergyIsTakenAsFacilityEnergyForWater() {
        TrainingEstimate gpt3 = TrainingRun.named("gpt3").reportedEnergy(Quantity.of(1287, "MWh")).region("USA").estimate();
        assertEquals(3.1321 * 1_287_000, gpt3.water().base(), 1e-3);
        assertTrue(gpt3.notes().stream().anyMatch(n -> n.startsWith("on-site water not counted")));
    }
}
