package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.pyramid.PyramidView;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.simulation.AdoptionCurve;
import org.gtrace.stdlib.simulation.Engagement;
import org.gtrace.stdlib.simulation.ExpectedValues;
import org.gtrace.stdlib.simulation.OutputsPerUser;
import org.gtrace.stdlib.simulation.RegionShare;
import org.gtrace.stdlib.simulation.Tier;
import org.gtrace.stdlib.simulation.ViralScenario;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.junit.jupiter.api.Test;

/** Uncertain inputs, the viral simulation and the pyramid, through the language. */
class UncertaintySimulationPyramidTest {

    private static Execution run(Session s, String program) {
        Execution x = s.execute(program, "test");
        assertTrue(x.ok(), () -> x.format("test", program));
        return x;
    }

    private static Metric metric(Report r, String key) {
        return r.metrics().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void uncertainEnergyGivesABandAndATornado() {
        Report r = run(new Session(), "workload image g < images 700M; energy 0.006 kWh ± 20% >\nemissions g\n").reports().get(0);
        Metric e = metric(r, "energy_kwh");
        // 700M × N(6 Wh, sd 0.6 Wh): mean 4,200 MWh, p5 = 4,200 × (1 − 1.645 × 0.1) = 3,509 MWh, p95 4,891 MWh
        assertEquals(4.2e6, e.value().base(), 0.005 * 4.2e6);
        assertEquals(4.2e6 * (1 - 0.16449), e.p5().base(), 0.02 * 3.509e6);
        assertEquals(4.2e6 * (1 + 0.16449), e.p95().base(), 0.02 * 4.891e6);
        assertTrue(r.charts().stream().anyMatch(c -> c.kind() == ChartSpec.Kind.TORNADO));
    }

    @Test
    void anUncertainValueShowsItsBand() {
        Report r = run(new Session(), "let e = lognormal(6 Wh, 1.5)\ne\n").reports().get(0);
        Metric m = r.metrics().get(0);
        // p95 = 6 × 1.5^1.6449 Wh; mean = 6 × exp(ln²1.5 / 2) Wh
        assertEquals(0.006 * Math.pow(1.5, 1.6448536), m.p95().base(), 1e-9);
        assertEquals(0.006 * Math.exp(Math.pow(Math.log(1.5), 2) / 2), m.value().base(), 1e-9);
    }

    @Test
    void sameSeedSameBand() {
        String p = "set seed 7\nworkload image g < images 600M .. 800M; energy lognormal(0.006 kWh, 1.5) >\nemissions g\n";
        Metric a = metric(run(new Session(), p).reports().get(0), "co2e_kg");
        Metric b = metric(run(new Session(), p).reports().get(0), "co2e_kg");
        assertEquals(a, b);
    }

    /** The same scenario the DSL below declares, built directly on the stdlib. */
    private static ViralScenario sameScenario(long users) {
        double fr = RegionTable.defaults().lookup("FR").intensity().kgPerKwh();
        return new ViralScenario("t", users, 20, List.of(new RegionShare("FR", 1, Distribution.point(fr))),
                List.of(new Tier("capped", 0.8, 2, 3), new Tier("uncapped", 0.2, 2, 0)), new AdoptionCurve.Logistic(0.5, 5),
                new Engagement(0.5, 10), OutputsPerUser.poisson(), Distribution.point(0.005), Distribution.point(1), Map.of());
    }

    @Test
    void simulateStatementRunsBothEnginesOnTheClosedForm() {
        for (String engine : List.of("aggregate", "agent")) {
            long users = engine.equals("agent") ? 200_000 : 2_000_000;
            String p = "simulate t < users " + users + "; days 20; adoption logistic(peak = 5, width = 2, decay = 10, ceiling = 50%);"
                    + " outputs_per_user poisson(2); cap 3; capped_share 80%; energy 0.005 kWh; region FR; engine " + engine
                    + " >\nenergy t\n";
            Report r = run(new Session(), p).reports().get(0);
            ExpectedValues ev = new ExpectedValues(sameScenario(users));
            assertEquals(ev.totalEnergyKWh(), metric(r, "energy_kwh").value().base(), 0.01 * ev.totalEnergyKWh(), engine);
            assertEquals(20, r.table().rowCount(), engine);
            assertEquals(ChartSpec.Kind.LINE, r.charts().get(0).kind());
        }
    }

    @Test
    void runsGiveABandOverRuns() {
        String p = "simulate t < users 1M; days 15; adoption bass(p = 0.05, q = 0.4, decay = 7, ceiling = 50%);"
                + " outputs_per_user poisson(2); energy 4 Wh; pue 1.0 .. 1.4; intensity 300 g/kWh; runs 200 >\nenergy t\n";
        Report r = run(new Session(), p).reports().get(0);
        Metric e = metric(r, "energy_kwh");
        // the band comes from the PUE drawn per run: p5/p95 of U(1.0, 1.4) are 1.02 and 1.38 (× IT energy)
        double it = e.value().base() / 1.2;
        assertEquals(1.02 * it, e.p5().base(), 0.02 * it);
        assertEquals(1.38 * it, e.p95().base(), 0.02 * it);
        assertEquals(ChartSpec.Kind.ERROR_BAR, r.charts().get(0).kind());
    }

    @Test
    void assessGivesLevelFirstFailedGateAndSavings() {
        String p = "workload image w < images 700M; energy 0.006 kWh; region US 60%, FR 40% >\n"
                + "assess w < telemetry; disclosure; budget 2 g/output; baseline 0.008 kWh; routing 10%; route_to FR >\n";
        Report r = run(new Session(), p).reports().get(0);
        RegionTable t = RegionTable.defaults();
        double us = t.lookup("US").intensity().kgPerKwh(), fr = t.lookup("FR").intensity().kgPerKwh();
        // 1.46 g/output within the 2 g budget (L4); 25% below the 8 Wh baseline (L5); routing 10% < 30% fails L6
        assertEquals(5.0, metric(r, "level").value().base(), 0.0);
        assertEquals((0.6 * us + 0.4 * fr) * 0.006, metric(r, "co2e_per_output_kg").value().base(), 1e-12);
        PyramidView v = PyramidView.fromChart(r.charts().get(0));
        assertEquals(5, v.reached());
        assertTrue(r.markdown().contains("load routed or shifted by a carbon signal: 10% ≥ 30% — failed"), r.markdown());
        // routing the missing 20% of load from US to FR saves 4,200 MWh × 0.2 × (I_US − I_FR)
        String saving = org.gtrace.stdlib.units.Quantity.kgCO2e(4.2e6 * 0.2 * (us - fr)).format();
        assertTrue(r.markdown().contains(saving), saving + " in " + r.markdown());
    }

    @Test
    void interruptStopsALongSimulationWithADiagnostic() throws Exception {
        Session s = new Session();
        AtomicReference<Execution> result = new AtomicReference<>();
        Thread t = new Thread(() -> result.set(s.execute("simulate long < users 900K; days 3000; energy 1 Wh; adoption bass(p = 0.01, q = 0.1); outputs_per_user poisson(1); engine agent >\n"
                + "energy long\n", "test")));
        t.start();
        Thread.sleep(400);
        long t0 = System.nanoTime();
        t.interrupt();
        t.join(5000);
        assertTrue((System.nanoTime() - t0) / 1e9 < 2, "stopped within 2 s");
        assertEquals(Kind.INTERRUPTED, result.get().firstError().orElseThrow().kind());
    }

    @Test
    void badSimulationValuesAreReportedNotCrashes() {
        Execution x = new Session().execute("simulate bad < users 10; days 5; energy 1 Wh; adoption bass(p = 0.1, q = 0.1); outputs_per_user poisson(1); region FR 50%, DE 40% >\n", "test");
        assertTrue(x.hasErrors());
        assertTrue(x.firstError().orElseThrow().message().contains("region"), x.format("test", ""));
        Execution missing = new Session().execute("simulate s < users 10; days 5; energy 1 Wh; outputs_per_user poisson(1) >\n", "test");
        // the fix is the hint, said once
        assertEquals("adoption: missing", missing.firstError().orElseThrow().message());
        assertEquals("give it, for example adoption bass(p = 0.05, q = 0.5, decay = 7)", missing.firstError().orElseThrow().hint());
    }
}
