package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** The layers added follow the figure's boundary; water counts on-site and off-site parts. */
class PueAndWaterTest {

    private static Workload thousand() {
        return Workload.image("w").outputs(Quantity.outputs(1000));
    }

    @Test
    void anAcceleratorFigureGetsTheHostIdleCapacityAndPue() {
        InferenceEstimate e = thousand().energyFigure("image.aienergyscore.sdxl").estimate();
        assertEquals(EnergyBoundary.ACCELERATOR, e.energyPerOutput().boundary());
        assertEquals(1.56, e.pueApplied().base(), 1e-12);
        // Google's measured layers: host 1.43 × accelerator, idle 1.10 × active; then the Uptime PUE
        assertEquals(1000 * 1.64e-3 * 1.43 * 1.10 * 1.56, e.energy().base(), 1e-12); // 4.02 kWh
        assertEquals("pue.industry.2024", e.pueSource().id());
        String text = e.energyDerivation().toText();
        assertTrue(text.contains("serving.host_factor.google2025") && text.contains("serving.idle_factor.google2025"), text);
        assertTrue(e.notes().get(0).startsWith("host factor 1.43 applied (default serving.host_factor.google2025, 2025)"),
                e.notes().toString());
    }

    @Test
    void eachLayerCanBeGivenAndOnlyTheMissingOnesAreAdded() {
        InferenceEstimate given = thousand().energyFigure("image.aienergyscore.sdxl").pue(Quantity.number(1.1))
                .hostFactor(UncertainQuantity.number(2)).idleFactor(UncertainQuantity.number(1)).estimate();
        assertEquals(1000 * 1.64e-3 * 2 * 1.1, given.energy().base(), 1e-12);
        // Power Hungry Processing measures the whole server: idle capacity and PUE are added, not the host
        InferenceEstimate server = thousand().energyFigure("image.sdxl.worst").estimate();
        assertEquals(1000 * 11.49e-3 * 1.10 * 1.56, server.energy().base(), 1e-9);
        InferenceEstimate serving = thousand().energyPerOutput(Quantity.of(1, "Wh"), EnergyBoundary.SERVING).estimate();
        assertEquals(1.56, serving.energy().base(), 1e-12);
        InferenceEstimate facility = Workload.text("w").outputs(Quantity.outputs(1000)).energyFigure("text.gemini.median_prompt")
                .hostFactor(UncertainQuantity.number(2)).estimate();
        assertEquals(0.24, facility.energy().base(), 1e-12);
        assertTrue(facility.notes().stream().anyMatch(n -> n.startsWith("your host_factor is not applied")), facility.notes().toString());
    }

    @Test
    void facilityFigureNeverGetsPueAgain() {
        InferenceEstimate e = Workload.text("w").outputs(Quantity.outputs(1000)).energyFigure("text.gemini.median_prompt")
                .pue(Quantity.number(1.09)).estimate();
        assertEquals(1.0, e.pueApplied().base());
        assertEquals(1000 * 0.24e-3, e.energy().base(), 1e-12);
        assertEquals(1000 * 0.24e-3 / 1.09, e.itEnergy().base(), 1e-12);
        assertTrue(e.notes().get(0).startsWith("PUE not applied: the per-output figure already includes facility overhead"));
    }

    @Test
    void aPresetOfAnotherModalityIsRefusedNamingBoth() {
        org.gtrace.stdlib.errors.InputError e = org.junit.jupiter.api.Assertions.assertThrows(org.gtrace.stdlib.errors.InputError.class,
                () -> Workload.text("chat").energyFigure("video.cogvideox.5s_16fps"));
        assertEquals("preset: 'video.cogvideox.5s_16fps' is the energy of one video output (one 5 s clip at 16 fps), but workload"
                + " 'chat' is a text workload; use a text preset (listed by %presets text, or gtrace presets -m text), or declare workload video …",
                e.getMessage());
    }

    @Test
    void typedFigureIsTakenAsGivenUnlessAPueIsGiven() {
        assertEquals(6.0, thousand().energyPerOutput(Quantity.of(6, "Wh")).estimate().energy().base(), 1e-12);
        assertEquals(7.2, thousand().energyPerOutput(Quantity.of(6, "Wh")).pue(Quantity.number(1.2)).estimate().energy().base(), 1e-12);
        assertEquals(6.0, thousand().energyPerOutput(Quantity.of(6, "Wh"), EnergyBoundary.FACILITY).pue(Quantity.number(1.2))
                .estimate().energy().base(), 1e-12);
    }

    @Test
    void waterIsOnSiteTimesItEnergyPlusOffSiteTimesFacilityEnergy() {
        // 1000 × 6 Wh × PUE 1.2 = 7.2 kWh facility, 6 kWh IT; 0.3 × 6 + 3.91 × 7.2 = 1.8 + 28.152 = 29.952 L
        InferenceEstimate e = thousand().energyPerOutput(Quantity.of(6, "Wh")).pue(Quantity.number(1.2))
                .wueOnsite(Quantity.of(0.3, "L/kWh")).estimate();
        assertEquals(1.8, e.waterOnsite().base(), 1e-12);
        assertEquals(28.152, e.waterOffsite().base(), 1e-12);
        assertEquals(29.952, e.water().base(), 1e-12);
        assertTrue(e.waterDerivation().toText().contains("wue.offsite.world"));
    }

    @Test
    void waterWithoutOnSiteWueSaysSo() {
        InferenceEstimate e = thousand().energyPerOutput(Quantity.of(6, "Wh")).wueOffsite(Quantity.of(1, "L/kWh")).estimate();
        assertEquals(6.0, e.water().base(), 1e-12);
        assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("on-site water not counted")));
    }

    @Test
    void rateOverAPeriodGivesOutputs() {
        InferenceEstimate e = Workload.image("r").rate(Quantity.of(70e6, "images/day"), Quantity.of(10, "days"))
                .energyPerOutput(Quantity.of(0.006, "kWh")).estimate();
        assertEquals(4_200_000.0, e.energy().base(), 1e-6);
    }

    @Test
    void scenarioCopyOverridesWithoutTouchingTheOriginal() {
        Workload base = Workload.image("ghibli").outputs(Quantity.outputs(700e6)).energyPerOutput(Quantity.of(0.006, "kWh"));
        InferenceEstimate green = base.copy("green").region("FR").estimate();
        InferenceEstimate original = base.estimate();
        assertEquals("green", green.name());
        assertEquals("FRA", green.byRegion().get(0).region().id());
        assertEquals("world", original.byRegion().get(0).region().id());
        assertEquals(original.energy(), green.energy());
        assertTrue(green.co2e().base() < original.co2e().base() / 5, "France's grid is several times cleaner than the world's");
    }

    @Test
    void energyPerTokenTimesTokens() {
        EnergyPerOutput e = EnergyPerOutput.perToken(Quantity.of(1e-4, "Wh/token"), Quantity.of(500, "tokens"), EnergyBoundary.SERVER, "t");
        assertEquals(0.05e-3, e.kwhPerOutput(), 1e-15);
        assertEquals(1.10 * 1.56 * 0.05e-3 * 1000, thousand().energyPerOutput(e).estimate().energy().base(), 1e-12);
    }
}
