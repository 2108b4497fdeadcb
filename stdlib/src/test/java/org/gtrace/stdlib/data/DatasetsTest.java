package org.gtrace.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.UnknownNameError;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    @Test
    void everyBundledFileMatchesItsRecordedChecksumAndHasALicence() {
        assertEquals(10, Datasets.all().size());
        for (DatasetInfo d : Datasets.all()) {
            assertEquals(d.sha256(), Datasets.checksum(d.file()), d.file());
            assertFalse(d.licence().isBlank(), d.file());
            assertFalse(d.origin().isBlank(), d.file());
        }
    }

    @Test
    void figuresLoadWithTypedValuesAndSources() {
        assertEquals(89, LiteratureFigures.all().size());
        assertEquals(3.14e23, LiteratureFigures.get("train.gpt3.compute").quantity().base(), 1e9, "FLOP, a unit of its own");
        Figure w = LiteratureFigures.get("grid.world.2023");
        assertEquals(0.481, w.quantity().base(), 1e-12);
        assertEquals(2023, w.source().year());
        assertEquals("ACCELERATOR", LiteratureFigures.get("image.aienergyscore.sdxl").boundary());
        assertEquals(1.56, LiteratureFigures.get("pue.industry.2024").quantity().base(), 1e-12);
        UnknownNameError e = assertThrows(UnknownNameError.class, () -> LiteratureFigures.get("grid.world.2032"));
        assertTrue(e.suggestions().contains("grid.world.2023"), e.suggestions().toString());
    }

    @Test
    void theCountryEditionSaysWhichYearEachFigureIsAndThatNewerExist() {
        String note = CountryGrids.editionNote();
        assertTrue(note.matches("Country grid figures \\(owid-ember-country-electricity.json\\): \\d+ for 2023, \\d+ for 2022.*"), note);
        assertTrue(note.contains("Ember publishes newer yearly editions"), note);
    }

    @Test
    void countriesGcpAndAccelerators() {
        CountryElectricity fr = CountryGrids.byIso3("FRA").orElseThrow();
        assertEquals("France", fr.name());
        assertTrue(fr.intensityGPerKwh() > 10 && fr.intensityGPerKwh() < 100, "France is low-carbon: " + fr.intensityGPerKwh());
        assertEquals(656.85, GcpRegions2024.byId("africa-south1").orElseThrow().intensityGPerKwh(), 1e-9);
        assertEquals(40, CloudRegionsCodeCarbon.all().size());
        assertEquals(400, Accelerators.get("a100 sxm4 80gb").tdpW(), 1e-9);
        assertEquals(700, Accelerators.get("H200").tdpW(), 1e-9);
        assertEquals("hw.h200_sxm.power", Accelerators.get("H200").source().id());
    }
}
