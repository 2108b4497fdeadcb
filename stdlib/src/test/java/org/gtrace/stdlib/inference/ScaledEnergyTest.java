package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

class ScaledEnergyTest {

    private static final EnergyPerOutput SDXL = EnergyPerOutput.figure("image.aienergyscore.sdxl"); // 1.64 Wh
    private static final EnergyPerOutput COG = EnergyPerOutput.figure("video.cogvideox.5s_16fps"); // 944 Wh

    @Test
    void onlyTheStatedSettingsEnterTheFormula() {
        EnergyPerOutput e = ScaledEnergy.of(SDXL, OutputSettings.none().steps(Quantity.number(50)),
                OutputSettings.none().steps(Quantity.number(4)), "test");
        assertEquals(1.64e-3 * 4 / 50, e.kwhPerOutput(), 1e-15);
        assertEquals("e = e_ref × (steps/steps_ref)", e.derivation().formula());
        assertFalse(e.derivation().toText().contains("k "), "no exponent when no resolution or frames are scaled");
        assertEquals(SDXL.boundary(), e.boundary());
    }

    @Test
    void resolutionUsesTheCitedExponentOnTheTokenCount() {
        EnergyPerOutput e = ScaledEnergy.of(SDXL, OutputSettings.none().resolution(new Resolution(1024, 1024)),
                OutputSettings.none().resolution(new Resolution(2048, 2048)), "test");
        // 4x the pixels is 4x the latent tokens; k = 2 on the tokens: 16x the energy, as 4x the frames would be
        assertEquals(1.64e-3 * 16, e.kwhPerOutput(), 1e-15);
        assertTrue(e.derivation().toText().contains("video.scaling.token_exponent"));
        OutputSettings ref = OutputSettings.none().resolution(new Resolution(1024, 1024)).seconds(Quantity.of(5, "s"));
        EnergyPerOutput wider = ScaledEnergy.of(COG, ref, OutputSettings.none().resolution(new Resolution(2048, 1024)), "test");
        EnergyPerOutput longer = ScaledEnergy.of(COG, ref, OutputSettings.none().seconds(Quantity.of(10, "s")), "test");
        assertEquals(wider.kwhPerOutput(), longer.kwhPerOutput(), 1e-12, "twice the pixels and twice the frames weigh alike");
    }

    @Test
    void framesFromLengthAloneOrRateAlone() {
        OutputSettings ref = OutputSettings.none().seconds(Quantity.of(5, "s")).fps(Quantity.number(16));
        EnergyPerOutput longer = ScaledEnergy.of(COG, ref, OutputSettings.none().seconds(Quantity.of(10, "s")), "test");
        assertEquals(0.944 * 4, longer.kwhPerOutput(), 1e-12);
        EnergyPerOutput smoother = ScaledEnergy.of(COG, ref, OutputSettings.none().fps(Quantity.number(24)), "test");
        assertEquals(0.944 * 1.5 * 1.5, smoother.kwhPerOutput(), 1e-12);
        EnergyPerOutput both = ScaledEnergy.of(COG, ref,
                OutputSettings.none().seconds(Quantity.of(30, "s")).fps(Quantity.number(8)), "test");
        assertEquals(0.944 * 9, both.kwhPerOutput(), 1e-12); // 240 frames against 80
    }

    @Test
    void aSettingWithoutItsReferenceIsRefusedNotGuessed() {
        InputError e = assertThrows(InputError.class, () -> ScaledEnergy.of(SDXL, OutputSettings.none(),
                OutputSettings.none().resolution(new Resolution(512, 512)), "test"));
        assertEquals("reference_resolution", e.label());
        assertTrue(e.getMessage().contains("give reference_resolution 1024x1024"), e.getMessage());
    }

    @Test
    void aReferenceAloneLeavesTheEnergyAsGiven() {
        EnergyPerOutput e = ScaledEnergy.of(SDXL, OutputSettings.none().steps(Quantity.number(50)), OutputSettings.none(), "test");
        assertEquals(1.64e-3, e.kwhPerOutput(), 1e-15);
    }

    @Test
    void ownExponentIsAnInput() {
        EnergyPerOutput e = ScaledEnergy.of(SDXL, OutputSettings.none().resolution(new Resolution(1024, 1024)),
                OutputSettings.none().resolution(new Resolution(2048, 2048)), Quantity.number(1), "test");
        assertEquals(1.64e-3 * 4, e.kwhPerOutput(), 1e-15);
        assertThrows(InputError.class, () -> ScaledEnergy.of(SDXL, OutputSettings.none(), OutputSettings.none(),
                Quantity.number(-1), "test"));
    }
}
