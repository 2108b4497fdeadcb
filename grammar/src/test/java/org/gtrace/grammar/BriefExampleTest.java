package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** The brief's example, exactly as written, through the whole pipeline. */
class BriefExampleTest {

    @Test
    void ghibliAsWrittenInTheBrief() {
        Session s = new Session();
        Execution x = s.execute("workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli\n", "brief");
        assertTrue(x.ok(), () -> x.format("brief", ""));
        assertEquals(1, x.reports().size());
        Report r = x.reports().get(0);
        assertEquals(2, r.line());
        assertEquals("ghibli", r.subject());
        Metric energy = r.metrics().stream().filter(m -> m.key().equals("energy_kwh")).findFirst().orElseThrow();
        assertEquals(4.2e6, energy.value().base(), 1e-3, "700M × 0.006 kWh = 4,200 MWh");
        Metric co2 = r.metrics().stream().filter(m -> m.key().equals("co2e_kg")).findFirst().orElseThrow();
        assertEquals(4.2e6 * 0.4806, co2.value().base(), 4.2e6 * 0.4806 * 0.01, "world average 480.6 g/kWh → about 2,019 t");
    }
}
