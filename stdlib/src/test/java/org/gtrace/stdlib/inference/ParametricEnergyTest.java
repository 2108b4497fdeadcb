package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

class ParametricEnergyTest {

    @Test
    void textFromTokensAndActiveParametersEcoLogitsFit() {
        // 500 tokens × (5.8e-7 × 70 + 4.05e-5) Wh = 500 × 8.11e-5 Wh = 0.04055 Wh, GPU only
        EnergyPerOutput e = ParametricEnergy.text(Quantity.of(500, "tokens"), Quantity.number(70), "test");
        assertEquals(0.04055e-3, e.kwhPerOutput(), 1e-15);
        assertEquals(EnergyBoundary.GPU_ONLY, e.boundary());
        assertTrue(e.derivation().toText().contains("text.ecologits.per_token_slope"));
        // GPU-only: the default PUE 1.56 follows
        InferenceEstimate w = Workload.text("chat").outputs(Quantity.outputs(1e6))
                .textModel(Quantity.of(500, "tokens"), Quantity.number(70)).estimate();
        assertEquals(1e6 * 0.04055e-3 * 1.56, w.energy().base(), 1e-9);
    }

    @Test
    void imageScalesWithPixelsAndSteps() {
        EnergyPerOutput ref = EnergyPerOutput.figure("image.sd3_medium.1024"); // 0.63 Wh at 1024x1024
        EnergyPerOutput half = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                Resolution.parse("512x512"), Quantity.number(28), "test");
        assertEquals(0.63e-3 / 4, half.kwhPerOutput(), 1e-15);
        EnergyPerOutput doubleSteps = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                Resolution.parse("512x512"), Quantity.number(56), "test");
        assertEquals(0.63e-3 / 2, doubleSteps.kwhPerOutput(), 1e-15);
        assertEquals(EnergyBoundary.SERVER, half.boundary());
    }

    @Test
    void videoIsQuadraticInFramesAndInSide() {
        EnergyPerOutput ref = EnergyPerOutput.figure("video.cogvideox.5s_16fps"); // 944 Wh, 5 s at 16 fps
        Resolution r = new Resolution(720, 480);
        EnergyPerOutput tenSeconds = ParametricEnergy.video(ref, r, Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50),
                r, Quantity.of(10, "s"), Quantity.number(16), Quantity.number(50), "test");
        assertEquals(944e-3 * 4, tenSeconds.kwhPerOutput(), 1e-12);
        EnergyPerOutput doubleSide = ParametricEnergy.video(ref, r, Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50),
                new Resolution(1440, 960), Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50), "test");
        assertEquals(944e-3 * 4, doubleSide.kwhPerOutput(), 1e-12);
    }

    @Test
    void referencePointsThatAreNotPublishedAreRequired() {
        EnergyPerOutput ref = EnergyPerOutput.figure("image.sd3_medium.1024");
        InputError e = assertThrows(InputError.class, () -> ParametricEnergy.image(ref, new Resolution(1024, 1024),
                Quantity.number(0), new Resolution(512, 512), Quantity.number(28), "test"));
        assertEquals("reference steps: must be greater than 0 (got 0); give a positive value such as 50", e.getMessage());
        InputError r = assertThrows(InputError.class, () -> Resolution.parse("1024 by 1024"));
        assertEquals("resolution: cannot read '1024 by 1024'; write it like 1024x1024", r.getMessage());
        InputError f = assertThrows(InputError.class, () -> EnergyPerOutput.figure("grid.world.2023"));
        assertEquals("energy", f.label());
    }

    @Test
    void workloadsTakeTheImageAndVideoModels() {
        InferenceEstimate img = Workload.image("i").outputs(Quantity.outputs(1000))
                .imageModel(EnergyPerOutput.figure("image.sd3_medium.1024"), new Resolution(1024, 1024), Quantity.number(28),
                        new Resolution(512, 512), Quantity.number(28))
                .pue(Quantity.number(1.2)).estimate();
        assertEquals(1000 * 0.63e-3 / 4 * 1.2, img.energy().base(), 1e-12);
        Resolution r = new Resolution(720, 480);
        InferenceEstimate vid = Workload.video("v").outputs(Quantity.outputs(10))
                .videoModel(EnergyPerOutput.figure("video.cogvideox.5s_16fps"), r, Quantity.of(5, "s"), Quantity.number(16),
                        Quantity.number(50), r, Quantity.of(10, "s"), Quantity.number(16), Quantity.number(50))
                .pue(Quantity.number(1)).estimate();
        assertEquals(10 * 944e-3 * 4, vid.energy().base(), 1e-9);
        assertTrue(vid.energyDerivation().toText().contains("(f/f_ref)^k"), vid.energyDerivation().toText());
    }

    @Test
    void coefficientsAndExponentsCanBeOverridden() {
        EnergyPerOutput t = ParametricEnergy.text(Quantity.of(100, "tokens"), Quantity.number(10),
                Quantity.of(1e-6, "Wh/token"), Quantity.of(1e-5, "Wh/token"), "test");
        assertEquals(100 * (1e-6 * 10 + 1e-5) / 1000, t.kwhPerOutput(), 1e-18);
        assertTrue(t.derivation().toText().contains("your input"));
        EnergyPerOutput ref = EnergyPerOutput.figure("image.sd3_medium.1024");
        EnergyPerOutput cubic = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                new Resolution(512, 512), Quantity.number(28), Quantity.number(3), "test");
        assertEquals(0.63e-3 / 8, cubic.kwhPerOutput(), 1e-15);
    }
}
