package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.grid.RegionSplit;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** The brief's and the paper's Ghibli numbers. */
class GhibliWorkloadTest {

    private static InferenceEstimate brief() {
        return Workload.image("ghibli").outputs(Quantity.outputs(700e6)).energyPerOutput(Quantity.of(0.006, "kWh")).estimate();
    }

    @Test
    void briefWorkloadIs4200MWhExactly() {
        InferenceEstimate e = brief();
        assertEquals(4_200_000.0, e.energy().base(), 1e-6); // exact: no PUE added to a figure typed as is
        assertEquals("4,200 MWh", e.energy().format());
        assertEquals(1.0, e.pueApplied().base());
    }

    @Test
    void briefWorkloadAtWorldAverageIs2019Tonnes() {
        InferenceEstimate e = brief();
        // 4,200,000 kWh × 0.480617 kg/kWh (Ember's countries weighted by generation) = 2,018,593 kg; tolerance 0.01%
        assertEquals(2_018_593.0, e.co2e().base(), 2_018_593.0 * 1e-4);
        assertEquals("2,019 tCO2e", e.co2e().format());
        assertTrue(e.notes().stream().anyMatch(n -> n.startsWith(RegionSplit.WORLD_NOTE)), e.notes().toString());
        assertTrue(e.notes().stream().anyMatch(n -> n.contains("location-based, lifecycle, 2023")), e.notes().toString());
        String edition = org.gtrace.stdlib.data.Datasets.get("literature-figures.csv").sha256().substring(0, 8);
        assertTrue(e.notes().contains("reference data: literature-figures.csv#" + edition + ", owid-ember-country-electricity.json@b05965e4"),
                e.notes().toString());
    }

    @Test
    void papersHeadlineAtItsImpliedIntensity() {
        // 4,309 MWh at 2,068/4,309 kg/kWh gives 2,068 t; within 0.01%
        InferenceEstimate e = Workload.image("ghibli-paper").outputs(Quantity.outputs(1))
                .energyPerOutput(Quantity.of(4309, "MWh")).intensity(Quantity.of(2068.0 / 4309.0, "kg/kWh")).estimate();
        assertEquals(2_068_000.0, e.co2e().base(), 2_068_000.0 * 1e-4);
        assertEquals(4_309_000.0, e.energy().base(), 1e-6);
    }

    @Test
    void reportCarriesTheContractKeysAndNotes() {
        Report r = brief().toReport(3);
        assertEquals(3, r.line());
        assertEquals("ghibli", r.subject());
        assertEquals(java.util.List.of("energy_kwh", "co2e_kg", "water_l"), r.metrics().stream().map(m -> m.key()).toList());
        assertEquals(4_200_000.0, r.metrics().get(0).value().base(), 1e-6);
        assertTrue(r.table().columnNames().contains("CO2e [tCO2e]"), r.table().columnNames().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("no region given: world average used")));
        // water: off-site 3.91 L/kWh × 4.2 GWh = 16.422 ML (on-site not counted without a WUE)
        assertEquals(16_422_000.0, r.metrics().get(2).value().base(), 1);
    }

    @Test
    void derivationNamesFormulaValuesAndSources() {
        String text = brief().co2eDerivation().toText();
        assertTrue(text.contains("C = E × I"), text);
        assertTrue(text.contains("480.6 g/kWh"), text);
        assertTrue(text.contains("owid-ember:world"), text);
        assertTrue(text.contains("E = N × e × PUE"), text);
        assertTrue(brief().co2eDerivation().toHtml().contains("<table>"));
    }
}
