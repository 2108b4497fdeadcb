package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

class ParametricEnergyTest {

    @Test
    void imageScalesWithItsTokenCountSquaredAndWithSteps() {
        EnergyPerOutput ref = EnergyPerOutput.figure("image.sd3_medium.1024"); // 0.63 Wh at 1024x1024
        // a quarter of the pixels is a quarter of the latent tokens: (1/4)^2 at the cited k = 2
        EnergyPerOutput half = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                Resolution.parse("512x512"), Quantity.number(28), "test");
        assertEquals(0.63e-3 / 16, half.kwhPerOutput(), 1e-15);
        EnergyPerOutput doubleSteps = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                Resolution.parse("512x512"), Quantity.number(56), "test");
        assertEquals(0.63e-3 / 8, doubleSteps.kwhPerOutput(), 1e-15);
        assertEquals(EnergyBoundary.FACILITY, half.boundary());
    }

    @Test
    void videoIsQuadraticInFramesAndInPixelsAlike() {
        EnergyPerOutput ref = EnergyPerOutput.figure("video.cogvideox.5s_16fps"); // 944 Wh, 5 s at 16 fps
        Resolution r = new Resolution(720, 480);
        EnergyPerOutput tenSeconds = ParametricEnergy.video(ref, r, Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50),
                r, Quantity.of(10, "s"), Quantity.number(16), Quantity.number(50), "test");
        assertEquals(944e-3 * 4, tenSeconds.kwhPerOutput(), 1e-12);
        EnergyPerOutput doubleSide = ParametricEnergy.video(ref, r, Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50),
                new Resolution(1440, 960), Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50), "test");
        // twice the side is four times the pixels, as twice the length is twice the frames: the tokens grow alike
        assertEquals(944e-3 * 16, doubleSide.kwhPerOutput(), 1e-12);
        EnergyPerOutput doubleBoth = ParametricEnergy.video(ref, r, Quantity.of(5, "s"), Quantity.number(16), Quantity.number(50),
                new Resolution(1440, 480), Quantity.of(10, "s"), Quantity.number(16), Quantity.number(50), "test");
        assertEquals(944e-3 * 16, doubleBoth.kwhPerOutput(), 1e-12, "twice the width and twice the length: four times the tokens");
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
        assertEquals("preset", f.label());
    }

    @Test
    void workloadsTakeTheImageAndVideoModels() {
        InferenceEstimate img = Workload.image("i").outputs(Quantity.outputs(1000))
                .imageModel(EnergyPerOutput.figure("image.sd3_medium.1024"), new Resolution(1024, 1024), Quantity.number(28),
                        new Resolution(512, 512), Quantity.number(28))
                .pue(Quantity.number(1.2)).estimate();
        // the figure includes the facility already (its source doubled the GPU energy for the rest): the PUE given only splits IT out
        assertEquals(1000 * 0.63e-3 / 16, img.energy().base(), 1e-12);
        Resolution r = new Resolution(720, 480);
        InferenceEstimate vid = Workload.video("v").outputs(Quantity.outputs(10))
                .videoModel(EnergyPerOutput.figure("video.cogvideox.5s_16fps"), r, Quantity.of(5, "s"), Quantity.number(16),
                        Quantity.number(50), r, Quantity.of(10, "s"), Quantity.number(16), Quantity.number(50))
                .pue(Quantity.number(1)).estimate();
        assertEquals(10 * 944e-3 * 4, vid.energy().base(), 1e-9);
        assertTrue(vid.energyDerivation().toText().contains("(f/f_ref)^k"), vid.energyDerivation().toText());
    }

    @Test
    void theExponentCanBeOverridden() {
        EnergyPerOutput ref = EnergyPerOutput.figure("image.sd3_medium.1024");
        EnergyPerOutput cubic = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                new Resolution(512, 512), Quantity.number(28), Quantity.number(3), "test");
        assertEquals(0.63e-3 / 64, cubic.kwhPerOutput(), 1e-15);
        EnergyPerOutput linear = ParametricEnergy.image(ref, new Resolution(1024, 1024), Quantity.number(28),
                new Resolution(512, 512), Quantity.number(28), Quantity.number(1), "test");
        assertEquals(0.63e-3 / 4, linear.kwhPerOutput(), 1e-15);
    }
}
