package org.gtrace.stdlib.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.stdlib.data.CountryGrids;
import org.gtrace.stdlib.errors.InputError;
import org.junit.jupiter.api.Test;

class GridBlendTest {

    static final List<String> EU27 = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
            "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");

    private static List<Region> regions(List<String> ids) {
        return ids.stream().map(id -> RegionTable.defaults().lookup(id)).toList();
    }

    @Test
    void generationWeightedEu27() {
        Region eu = GridBlend.byGeneration("eu27", regions(EU27));
        // the same sum by hand over the bundled file: Σ TWh × g/kWh / Σ TWh
        double twh = 0, weighted = 0;
        for (String iso : EU27) {
            var c = CountryGrids.byIso3(iso).orElseThrow();
            twh += c.totalTwh();
            weighted += c.totalTwh() * c.intensityGPerKwh();
        }
        assertEquals(weighted / twh / 1000, eu.intensity().value().base(), 1e-12);
        assertEquals(0.2438, eu.intensity().value().base(), 0.0001, "243.8 g/kWh, as notebook 01 computed in Java");
        assertEquals(GridBasis.LOCATION_LIFECYCLE, eu.intensity().basis());
        assertEquals(2023, eu.intensity().year());
        assertTrue(eu.intensity().source().line().contains("27 grids"), eu.intensity().source().line());
    }

    @Test
    void sharesWeightAnyGridsOfOneBasis() {
        Region r = GridBlend.byShares("mix", regions(List.of("FRA", "DEU")), new double[] {0.25, 0.75});
        double fr = RegionTable.defaults().lookup("FRA").intensity().value().base();
        double de = RegionTable.defaults().lookup("DEU").intensity().value().base();
        assertEquals(0.25 * fr + 0.75 * de, r.intensity().value().base(), 1e-12);
    }

    @Test
    void aCloudRegionHasNoGenerationToWeightBy() {
        InputError e = assertThrows(InputError.class, () -> GridBlend.byGeneration("x", regions(List.of("FRA", "us-central1"))));
        assertTrue(e.getMessage().contains("us-central1 (Iowa) has no yearly electricity generation"), e.getMessage());
    }
}
