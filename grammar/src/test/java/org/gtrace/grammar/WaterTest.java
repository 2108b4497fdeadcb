package org.gtrace.grammar;

import static org.gtrace.grammar.Programs.error;
import static org.gtrace.grammar.Programs.last;
import static org.gtrace.grammar.Programs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** Water by region, for workloads and training runs, and never a water rate silently ignored (issue 13). */
class WaterTest {

    private static double litres(String program) {
        return metric(last(program), "water_l").value().base();
    }

    @Test
    void theSameLoadDrinksWhatEachCountrysElectricityDoes() {
        String w = "workload text w < queries 1M; energy 1 Wh; region %s >\nwater w";
        // were 3,910 L in all three (the world figure)
        assertEquals(3433, litres(w.formatted("NLD")), 1e-6);
        assertEquals(6031.5, litres(w.formatted("SWE")), 1e-6);
        assertEquals(2513.5, litres(w.formatted("POL")), 1e-6);
    }

    @Test
    void aTrainingRunHasWaterAndItsWueIsUsed() {
        // printed a "Water of t" heading over energy and CO2e only, and the wue was accepted and ignored
        Report t = last("training t < accelerator \"H100 SXM\"; accelerator_hours 1M h; pue 1.2; region SWE; wue 0.5 L/kWh >\n"
                + "water t");
        assertEquals(0.5 * 700_000 + 6.0315 * 840_000, metric(t, "water_l").value().base(), 1e-3);
    }

    @Test
    void aWaterRateOnASimulationIsAnError() {
        Diagnostic d = error("simulate s < users 1M; days 10; adoption logistic(peak = 5, width = 2); outputs_per_user poisson(1);"
                + " energy 1 Wh; wue 1 L/kWh >");
        assertTrue(d.message().startsWith("a simulation reports energy and CO2e, not water"), d.message());
        assertEquals(115, d.span().column());
    }
}
