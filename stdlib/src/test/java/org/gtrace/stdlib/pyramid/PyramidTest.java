package org.gtrace.stdlib.pyramid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

class PyramidTest {
    /** 700M images × 6 Wh, 60% US at 380 g/kWh and 40% IE at 280: 4,200 MWh, 0.34 kg/kWh, 1,428 t, 2.04 g/image. */
    static Deployment.Builder base() {
        return Deployment.builder("imagegen").outputs(700e6).energyPerOutputKWh(0.006).pue(1)
                .region("US", 0.6, 0.38).region("IE", 0.4, 0.28).routingCandidate("FR", 0.056);
    }

    static Deployment mature() {
        return base().telemetryCoverage(0.9).publishesPerOutput(true).budgetGramsPerOutput(2.5)
                .baselineEnergyPerOutputKWh(0.008).carbonAwareShare(0.1).build();
    }

    @Test
    void footprintFromDeclarations() {
        Assessment a = Pyramid.assess(base().build());
        assertEquals(4.2e6, a.energyKWh(), 1e-6);
        assertEquals(0.34, a.intensityKgPerKWh(), 1e-12);
        assertEquals(1_428_000, a.co2eKg(), 1e-6);
        assertEquals(2.04, a.gramsPerOutput(), 1e-12);
    }

    @Test
    void noTelemetryStopsAtL2WithTheNumbers() {
        Assessment a = Pyramid.assess(base().build());
        assertEquals(2, a.reached());
        Gate g = a.firstFailed().orElseThrow();
        assertEquals("L3.telemetry", g.id());
        assertEquals(0.0, g.value(), 0.0);
        assertEquals(80.0, g.threshold(), 0.0);
        assertEquals("fleet with metered energy: 0% ≥ 80% — failed", g.describe());
        // savings of the levels above: 20% cut = 285.6 t; route 30% of load from US to FR = 4.2e6 × 0.3 × 0.324 = 408.24 t
        Action cut = action(a, 5);
        assertEquals(285_600, cut.saving().base(), 1e-6);
        Action route = action(a, 6);
        assertEquals(408_240, route.saving().base(), 1e-6);
        assertEquals("Route 30% of the load from US (380 g/kWh) to FR (56 g/kWh)", route.action());
    }

    @Test
    void matureDeploymentReachesL5AndFailsCarbonAwareness() {
        Assessment a = Pyramid.assess(mature());
        assertEquals(5, a.reached());
        Gate g = a.firstFailed().orElseThrow();
        assertEquals("L6.carbon_aware", g.id());
        assertEquals(10.0, g.value(), 1e-9);
        assertEquals(30.0, g.threshold(), 0.0);
        // L5 passed on a 25% cut against the 8 Wh baseline
        Gate gain = a.levels().get(4).gates().get(0);
        assertEquals(25.0, gain.value(), 1e-9);
        // routing the missing 20 points from US to FR: 4.2e6 × 0.2 × (0.38 − 0.056) = 272.16 t
        assertEquals(272_160, action(a, 6).saving().base(), 1e-6);
        PyramidView v = a.view();
        assertEquals(5, v.reached());
        assertEquals(List.of(true, true, true, true, true, false, false),
                v.levels().stream().map(PyramidView.Level::passed).toList());
    }

    @Test
    void overBudgetStopsAtL3WithTheSavingToMeetIt() {
        Assessment a = Pyramid.assess(base().telemetryCoverage(0.9).publishesPerOutput(true).budgetGramsPerOutput(1.5).build());
        assertEquals(3, a.reached());
        Gate g = a.firstFailed().orElseThrow();
        assertEquals("L4.within_budget", g.id());
        assertEquals(2.04, g.value(), 1e-12);
        assertEquals(1.5, g.threshold(), 0.0);
        // (2.04 − 1.5) g × 700M = 378 t
        assertEquals(378_000, action(a, 4).saving().base(), 1e-6);
    }

    @Test
    void thresholdsCanBeOverridden() {
        Assessment a = Pyramid.assess(mature(), PyramidPolicy.defaults().withCarbonAwareShareMin(0.1));
        assertEquals(6, a.reached());
        assertEquals("L7.targets", a.firstFailed().orElseThrow().id());
        Assessment all = Pyramid.assess(base().telemetryCoverage(0.9).publishesPerOutput(true).budgetGramsPerOutput(2.5)
                .baselineEnergyPerOutputKWh(0.008).carbonAwareShare(0.5).targetsTracked(true).policyInPlace(true)
                .publicDisclosure(true).build());
        assertEquals(7, all.reached());
        assertTrue(all.firstFailed().isEmpty());
        assertTrue(all.actions().isEmpty());
    }

    @Test
    void undeclaredRegionsCountAtTheWorldAverageAndFailL2() {
        Assessment a = Pyramid.assess(Deployment.builder("x").outputs(1e6).energyPerOutputKWh(0.001).build());
        assertEquals(1, a.reached());
        assertEquals(0.480617, a.intensityKgPerKWh(), 1e-6); // owid-ember:world, Ember's countries by generation
        Report r = PyramidReport.of(1, a);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("100% of the load has no declared region")), r.notes().toString());
        assertEquals("Pyramid assessment of x: L1 Measurement", r.title());
    }

    @Test
    void unknownEnergyFailsL1() {
        Assessment a = Pyramid.assess(Deployment.builder("y").outputs(10).build());
        assertEquals(0, a.reached());
        assertEquals("L1.energy", a.firstFailed().orElseThrow().id());
        assertNull(a.co2eKg());
        assertFalse(a.view().levels().get(0).reached());
    }

    @Test
    void reportTableHasOneRowPerGate() {
        Report r = PyramidReport.of(4, Pyramid.assess(mature()));
        assertEquals(12, r.table().rowCount()); // 2 + 1 + 2 + 2 + 1 + 1 + 3
        assertEquals("fail", r.table().stringColumn("Result").get(8)); // L6 carbon-aware
        assertEquals(5.0, r.metrics().get(0).value().base(), 0.0);
        assertEquals(0.00204, r.metrics().get(3).value().base(), 1e-12);
        assertTrue(r.markdown().contains("first gate failed (L6 Carbon-aware operation)"), r.markdown());
        // the pyramid travels to front ends as a PYRAMID chart and reads back as the same view
        assertEquals(Pyramid.assess(mature()).view(), PyramidView.fromChart(r.charts().get(0)));
    }

    @Test
    void badDeclarationsNameTheField() {
        InputError e = assertThrows(InputError.class, () -> base().region("DE", 0.3, 0.35).build());
        assertEquals("region shares", e.label());
        assertEquals("pue", assertThrows(InputError.class, () -> base().pue(0.9).build()).label());
        assertEquals("telemetry coverage", assertThrows(InputError.class, () -> base().telemetryCoverage(1.5).build()).label());
    }

    private static Action action(Assessment a, int level) {
        return a.actions().stream().filter(x -> x.level() == level && x.saving().base() > 0).findFirst().orElseThrow();
    }
}
