package org.gtrace.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.grid.RegionTable;
import org.junit.jupiter.api.Test;

/** Each upstream row this project corrects (data-corrections.csv), as the tables now read it. */
class DataCorrectionsTest {

    @Test
    void everyCorrectionNamesARowThatExistsAndCitesItsSource() {
        List<Map<String, String>> fixes = DataResources.csv(DataResources.CORRECTIONS);
        assertTrue(fixes.size() >= 11, fixes.toString());
        for (Map<String, String> c : fixes) {
            assertTrue(c.get("source").startsWith("https://"), c.toString());
            boolean found = DataResources.csv(c.get("file")).stream()
                    .anyMatch(r -> c.get("corrected").equals(r.get(c.get("column"))));
            assertTrue(found, "no row of " + c.get("file") + " reads " + c.get("column") + " = " + c.get("corrected"));
        }
    }

    @Test
    void theV100BoardsAreNoLongerSwapped() {
        assertEquals(250, Accelerators.get("Tesla V100-PCIE-16GB").tdpW());
        assertEquals(300, Accelerators.get("Tesla V100-SXM2-16GB").tdpW());
    }

    @Test
    void theGtx750RowReadsItsOwnSource() {
        Accelerator a = Accelerators.get("GTX 750");
        assertEquals(55, a.tdpW());
        assertEquals(1, a.memoryGb());
        Map<String, String> row = DataResources.csv(Accelerators.FILE).stream().filter(r -> r.get("name").equals("GTX 750"))
                .findFirst().orElseThrow();
        assertEquals("1.111", row.get("TFLOPS32"));
    }

    @Test
    void theA100PcieBoardsHaveTheirOwnPower() {
        assertEquals(250, Accelerators.get("A100 PCIe 40GB").tdpW());
        assertEquals(40, Accelerators.get("A100 PCIe 40GB").memoryGb());
        assertEquals(300, Accelerators.get("A100 PCIe 80GB").tdpW());
    }

    @Test
    void theH100ReadsFp32NotSparseTf32() {
        Map<String, String> row = DataResources.csv(Accelerators.FILE).stream().filter(r -> r.get("name").equals("H100 SXM"))
                .findFirst().orElseThrow();
        assertEquals("67", row.get("TFLOPS32"));
        assertEquals("989", row.get("TFLOPS16"));
    }

    @Test
    void tpuAveragesAreNotCalledMaximumPower() {
        assertTrue(Accelerators.get("TPUv3 Chip").source().title().contains("average power (measured, not its TDP)"));
        assertTrue(Accelerators.get("H100 SXM").source().title().contains("maximum power (TDP)"));
    }

    @Test
    void hongKongAndDohaFindTheirOwnCountries() {
        GridBasis lifecycle = GridBasis.LOCATION_LIFECYCLE;
        var hk = RegionTable.defaults().lookup("asia-east2").intensity(lifecycle);
        assertEquals("owid-ember:HKG", hk.source().id(), hk.toString());
        var doha = RegionTable.defaults().lookup("me-central1").intensity(lifecycle);
        assertEquals("owid-ember:QAT", doha.source().id(), doha.toString());
    }
}
