package org.gtrace.stdlib.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.junit.jupiter.api.Test;

class SimulationEnsembleTest {
    /** 1M users; PUE uniform 1.0 .. 1.4 dominates the run-to-run spread. */
    static ViralScenario pueDriven() {
        return new ViralScenario("band", 1_000_000, 15, List.of(RegionShare.of("X", 1, 0.3)),
                List.of(new Tier("all", 1, 2, 0)), new AdoptionCurve.Bass(0.05, 0.4), new Engagement(0.5, 7),
                OutputsPerUser.poisson(), Distribution.point(0.004), Distribution.range(1.0, 1.4), Map.of());
    }

    @Test
    void bandFollowsTheDrawnPue() {
        ViralScenario s = pueDriven();
        SimulationEnsemble e = SimulationEnsemble.run(s, 400, 1, 2, ProgressListener.NONE);
        double it = new ExpectedValues(s).totalEnergyKWh() / 1.2; // IT energy: expected facility energy / E[PUE]
        double[] energy = SimulationEnsemble.summary(e.energy());
        assertEquals(it * 1.2, energy[0], 0.01 * it * 1.2);
        // PUE p5 = 1.02, p95 = 1.38; the rest of the noise is well under 1% at 1M users
        assertEquals(it * 1.02, energy[1], 0.015 * it);
        assertEquals(it * 1.38, energy[3], 0.015 * it);
        Report r = e.toReport(3);
        assertEquals(energy[3], r.metrics().get(1).p95().base(), 0.0);
        assertEquals(15, r.table().rowCount());
        assertEquals(ChartSpec.Kind.ERROR_BAR, r.charts().get(0).kind());
    }

    @Test
    void sameSeedSameEnsembleWhateverTheThreadCount() {
        ViralScenario s = pueDriven().withUsers(50_000);
        SimulationEnsemble one = SimulationEnsemble.run(s, 30, 9, 1, ProgressListener.NONE);
        SimulationEnsemble three = SimulationEnsemble.run(s, 30, 9, 3, ProgressListener.NONE);
        assertArrayEquals(one.energy(), three.energy(), 0.0);
        assertArrayEquals(one.outputs(), three.outputs(), 0.0);
    }
}
