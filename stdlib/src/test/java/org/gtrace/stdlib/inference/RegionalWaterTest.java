package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** Water by where the load runs: each country's power plants, each provider's data centres. */
class RegionalWaterTest {

    private static InferenceEstimate in(String region) {
        return Workload.text("w").outputs(Quantity.outputs(1e6)).energyPerOutput(Quantity.of(1, "Wh")).region(region).estimate();
    }

    @Test
    void offSiteWaterFollowsEachCountrysElectricity() {
        // 1,000 kWh in each; EcoLogits' per-country factors (WRI method): NLD 3.433, SWE 6.0315, POL 2.5135 L/kWh
        assertEquals(3433, in("NLD").water().base(), 1e-6);
        assertEquals(6031.5, in("SWE").water().base(), 1e-6);
        assertEquals(2513.5, in("POL").water().base(), 1e-6);
        assertTrue(in("SWE").waterDerivation().toText().contains("ecologits-mix:SWE"));
        // no regional figure: the world's, and the output says so
        InferenceEstimate hk = in("HKG");
        assertEquals(3910, hk.water().base(), 1e-6);
        assertTrue(hk.notes().stream().anyMatch(n -> n.startsWith("off-site water of HKG: no per-country figure")), hk.notes().toString());
        assertEquals(3910, in("world").water().base(), 1e-6);
    }

    @Test
    void aCloudRegionCountsItsProvidersOnSiteWater() {
        // europe-west1 is in Belgium (2.6198 L/kWh off-site); Google's data centres 0.99 L/kWh on-site, of IT energy
        InferenceEstimate gcp = in("europe-west1");
        assertEquals(1000 * 0.99 + 1000 * 2.6198, gcp.water().base(), 1e-6);
        assertEquals(990, gcp.waterOnsite().base(), 1e-6);
        assertTrue(gcp.notes().stream().noneMatch(n -> n.startsWith("on-site water not counted")), gcp.notes().toString());
        InferenceEstimate aws = in("aws:us-east-1");
        assertEquals(1000 * 0.13 + 1000 * 3.1321, aws.water().base(), 1e-6);
    }

    @Test
    void aSplitSumsEachRegionsWaterAndTheUsersRatesWinEverywhere() {
        InferenceEstimate split = Workload.text("w").outputs(Quantity.outputs(1e6)).energyPerOutput(Quantity.of(1, "Wh"))
                .share("NLD", Quantity.number(0.5)).share("SWE", Quantity.number(0.5)).estimate();
        assertEquals(500 * 3.433 + 500 * 6.0315, split.water().base(), 1e-6);
        assertEquals(500 * 3.433, split.byRegion().get(0).water().centralBase(), 1e-6);
        InferenceEstimate given = Workload.text("w").outputs(Quantity.outputs(1e6)).energyPerOutput(Quantity.of(1, "Wh"))
                .region("SWE").wueOffsite(Quantity.of(1, "L/kWh")).wueOnsite(Quantity.of(0.5, "L/kWh")).estimate();
        assertEquals(1000 + 500, given.water().base(), 1e-6);
    }
}
