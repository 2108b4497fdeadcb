package org.gtrace.grammar;

import static org.gtrace.grammar.Programs.last;
import static org.gtrace.grammar.Programs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** A training run's whole footprint: dynamic and idle energy, accelerators' and servers' embodied emissions (issue 13). */
class TrainingLifecycleTest {

    @Test
    void bloomsFullFootprintReproducesInOneDeclaration() {
        // Luccioni et al. 2022 (arXiv 2211.02001): 1,082,990 A100-hours at 400 W on Jean Zay (57 g/kWh): dynamic 24.69 t,
        // idle 14.6 t (given as its tonnes at the same grid), GPUs 150 kg and servers 2,500 kg each (8 GPUs), over six
        // years at 85% use: 3.64 t and 7.57 t; 50.5 t in all
        Report r = last("training bloom < accelerator \"A100 SXM4 80 GB\"; accelerator_hours 1082990 h; pue 1; intensity 57 g/kWh;\n"
                + "  idle_energy 14.6 t / (57 g/kWh); embodied 150 kg; server_embodied 2500 kg; accelerators_per_server 8;\n"
                + "  lifetime 6 years * 85% >\nemissions bloom");
        double co2e = metric(r, "co2e_kg").value().base();
        assertEquals(50_500, co2e, 505, "within 1% of BLOOM's 50.5 t");
        double dynamic = 1_082_990 * 0.4 * 0.057, idle = 14_600;
        double gpus = 150 * 1_082_990 / (6 * 8760 * 0.85), servers = 2500.0 / 8 * 1_082_990 / (6 * 8760 * 0.85);
        assertEquals(24_692, dynamic, 1);
        assertEquals(3_636, gpus, 1);
        assertEquals(7_575, servers, 1);
        assertEquals(dynamic + idle + gpus + servers, co2e, 1e-6 * co2e);
        String derivation = metric(r, "co2e_kg").derivation().toText();
        assertTrue(derivation.contains("(c_emb + c_srv / G) × AH / L") && derivation.contains("E_idle"), derivation);
    }

    @Test
    void serversWithoutAcceleratorFiguresTakeTheCitedEightPerServer() {
        Report r = last("training t < accelerator \"H100 SXM\"; accelerator_hours 87600 h; pue 1; intensity 0 g/kWh;"
                + " server_embodied 5700 kg; lifetime 10 years >\nemissions t");
        // 87,600 accelerator-hours are one accelerator's whole ten-year life: one eighth of a server
        assertEquals(5700.0 / 8, metric(r, "co2e_kg").value().base(), 1e-6);
        assertTrue(metric(r, "co2e_kg").derivation().toText().contains("text.ecologits.server_gpus"));
    }

    @Test
    void embodiedWithoutALifetimeSaysWhatToAdd() {
        org.gtrace.grammar.diag.Diagnostic d = org.gtrace.grammar.Programs.error(
                "training tr < accelerator \"H100 SXM\"; accelerator_hours 1M h; server_embodied 5 t >");
        assertTrue(d.message().contains("shared over the hardware's lifetime, which is not given"), d.message());
        assertEquals("add lifetime 5 years (the years the hardware is in use)", d.hint());
    }
}
