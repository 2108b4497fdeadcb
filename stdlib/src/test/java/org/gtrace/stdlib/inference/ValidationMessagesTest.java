package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.training.TrainingRun;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.UnitError;
import org.junit.jupiter.api.Test;

/** Every validation error names the field and the fix. */
class ValidationMessagesTest {

    private static Workload ghibli() {
        return Workload.image("ghibli").outputs(Quantity.outputs(700e6)).energyPerOutput(Quantity.of(0.006, "kWh"));
    }

    @Test
    void negativeOutputs() {
        InputError e = assertThrows(InputError.class, () -> Workload.image("x").outputs(Quantity.outputs(-5)));
        assertEquals("outputs: must not be negative (got -5 outputs); give a value of 0 or more", e.getMessage());
        assertEquals("outputs", e.label());
    }

    @Test
    void sharesThatDoNotSumTo100() {
        InputError e = assertThrows(InputError.class, () -> ghibli().share("FR", Quantity.of(60, "%"))
                .share("US", Quantity.of(30, "%")).estimate());
        assertEquals("region shares: shares add up to 90%, not 100%; make the shares of FRA, USA sum to 100%", e.getMessage());
    }

    @Test
    void sharesThatSumTo100Split() {
        InferenceEstimate e = ghibli().share("FR", Quantity.of(60, "%")).share("US", Quantity.of(40, "%")).estimate();
        assertEquals(2, e.byRegion().size());
        assertEquals(2_520_000.0, e.byRegion().get(0).energy().centralBase(), 1e-6);
    }

    @Test
    void unknownRegion() {
        UnknownNameError e = assertThrows(UnknownNameError.class, () -> ghibli().region("Germny"));
        assertEquals("region: unknown region 'Germny'; did you mean 'Germany'? use an ISO code (FR, FRA), a country name, "
                + "a cloud region such as gcp:europe-west1, world, or define the region with its intensity",
                e.getMessage().replace("?; use", "? use"));
    }

    @Test
    void unitMismatch() {
        UnitError e = assertThrows(UnitError.class, () -> Workload.image("x").outputs(Quantity.of(5, "kWh")));
        assertEquals("outputs: needs a count of outputs but got energy (5,000 Wh); write it like 700M images", e.getMessage());
        UnitError p = assertThrows(UnitError.class, () -> ghibli().energyPerOutput(Quantity.of(5, "g/kWh")));
        assertEquals("energy per output: needs energy per output but got carbon intensity (CO2e per energy) (5 g/kWh); "
                + "write it like 0.006 kWh or 6 Wh/image", p.getMessage());
    }

    @Test
    void pueBelowOne() {
        InputError e = assertThrows(InputError.class, () -> ghibli().pue(Quantity.number(0.9)));
        assertEquals("pue: PUE must be at least 1 (got 0.9); a PUE is total facility energy over IT energy; use 1 for no overhead",
                e.getMessage());
        assertThrows(InputError.class, () -> TrainingRun.named("t").pue(Quantity.number(0.5)));
    }

    @Test
    void missingInputs() {
        InputError e = assertThrows(InputError.class, () -> Workload.image("x").energyPerOutput(Quantity.of(1, "Wh")).estimate());
        assertEquals("outputs: workload 'x' has no volume; give outputs such as 700M images", e.getMessage());
        InputError t = assertThrows(InputError.class, () -> TrainingRun.named("t").accelerator("H100 SXM").estimate());
        assertEquals("accelerator-hours", t.label());
    }

    @Test
    void unknownAndAmbiguousAccelerators() {
        UnknownNameError u = assertThrows(UnknownNameError.class, () -> TrainingRun.named("t").accelerator("H100 SMX"));
        assertEquals("accelerator", u.label());
        assertEquals("H100 SXM", u.suggestions().get(0));
        InputError a = assertThrows(InputError.class, () -> TrainingRun.named("t").accelerator("A100"));
        assertEquals("accelerator: 'A100' matches several: 'A100 PCIe 40GB' (250 W), 'A100 SXM4 80 GB' (400 W), "
                + "'A100 PCIe 80GB' (300 W); write the full name of one of them, or give the power in W", a.getMessage());
    }

    @Test
    void nanNeverLeaves() {
        assertThrows(UnitError.class, () -> Quantity.kWh(Double.NaN));
        assertThrows(UnitError.class, () -> Workload.image("x").outputs(Quantity.outputs(Double.POSITIVE_INFINITY)));
    }

    @Test
    void aRegionListedTwiceOrAShareAbove100() {
        InputError twice = assertThrows(InputError.class, () -> ghibli().share("FR", Quantity.of(50, "%"))
                .share("France", Quantity.of(50, "%")).estimate());
        assertEquals("region shares: region 'FRA' is listed twice; list each region once", twice.getMessage());
        InputError big = assertThrows(InputError.class, () -> ghibli().share("FR", Quantity.of(120, "%")));
        assertEquals("share of FRA: must be between 0% and 100% (got 120%); give a share such as 60% or 0.6", big.getMessage());
    }

    @Test
    void basisNotBundledForTheWorldDefault() {
        InputError e = assertThrows(InputError.class, () -> ghibli().basis(org.gtrace.stdlib.grid.GridBasis.MARKET_LIFECYCLE).estimate());
        assertEquals("basis", e.label());
        assertTrue(e.getMessage().contains("no market-based, lifecycle intensity is bundled for region 'world'"), e.getMessage());
    }

    @Test
    void embodiedNeedsAcceleratorHoursWithAReportedEnergy() {
        InputError e = assertThrows(InputError.class, () -> TrainingRun.named("t").reportedEnergy(Quantity.of(1, "MWh"))
                .embodied(Quantity.of(150, "kg"), Quantity.of(4, "years")).estimate());
        assertEquals("embodied: needs accelerator-hours to charge a share of the lifetime; "
                + "give accelerator-hours (or count and duration) as well as the reported energy", e.getMessage());
        InputError l = assertThrows(InputError.class, () -> TrainingRun.named("t").embodied(Quantity.of(150, "kg"), Quantity.of(0, "years")));
        assertEquals("lifetime: must be greater than 0 (got 0 h); give a positive value such as 4 years", l.getMessage());
    }

    @Test
    void utilisationAboveOneAndNegativePower() {
        InputError u = assertThrows(InputError.class, () -> TrainingRun.named("t").utilisation(Quantity.of(150, "%")));
        assertEquals("utilisation: must be between 0% and 100% (got 150%); give a share such as 60% or 0.6", u.getMessage());
        InputError p = assertThrows(InputError.class, () -> TrainingRun.named("t").power(Quantity.of(-400, "W")));
        assertEquals("power: must not be negative (got -400 W); give a value of 0 or more", p.getMessage());
    }

    @Test
    void unknownFigureAndModality() {
        UnknownNameError f = assertThrows(UnknownNameError.class, () -> ghibli().energyFigure("image.sdxl.wrost"));
        assertEquals(java.util.List.of("image.sdxl.worst"), f.suggestions());
        InputError m = assertThrows(InputError.class, () -> Modality.parse("picture"));
        assertEquals("modality: unknown modality 'picture'; write one of text, image, video, audio, code", m.getMessage());
    }
}
