package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.UncertaintyReport;
import org.gtrace.stdlib.units.Dimension;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
    /** The Ghibli chain: images × kWh per image × PUE × kg/kWh, every factor lognormal. */
    static List<UncertainInput> lognormalChain() {
        return List.of(
                UncertainInput.of("images", Distribution.lognormal(700e6, 1.1)),
                UncertainInput.of("energy per image", Distribution.lognormal(0.006, 1.5)),
                UncertainInput.of("PUE", Distribution.lognormal(1.2, 1.05)),
                UncertainInput.of("intensity", Distribution.lognormal(0.48, 1.2)));
    }

    @Test
    void productOfLognormalsMatchesClosedForm() {
        McResult r = MonteCarlo.run(lognormalChain(), VectorModel.product(),
                new MonteCarlo.Settings(1_000_000, 42, 2));
        double median = 700e6 * 0.006 * 1.2 * 0.48; // 2,419,200 kg
        double s = Math.sqrt(sq(Math.log(1.1)) + sq(Math.log(1.5)) + sq(Math.log(1.05)) + sq(Math.log(1.2)));
        assertEquals(median, r.p50(), 0.005 * median);
        assertEquals(median * Math.exp(s * s / 2), r.mean(), 0.005 * median);
        assertEquals(median * Math.exp(-1.6448536 * s), r.p5(), 0.01 * r.p5());
        assertEquals(median * Math.exp(1.6448536 * s), r.p95(), 0.01 * r.p95());
        double sd = median * Math.exp(s * s / 2) * Math.sqrt(Math.exp(s * s) - 1);
        assertEquals(sd, r.sd(), 0.02 * sd);
    }

    @Test
    void sameSeedSameAnswerWhateverTheThreadCount() {
        List<McResult> runs = new ArrayList<>();
        for (int threads : new int[] {1, 2, 3, 5}) {
            runs.add(MonteCarlo.run(lognormalChain(), VectorModel.product(),
                    new MonteCarlo.Settings(400_000, 2025, threads)));
        }
        for (McResult r : runs) assertEquals(runs.get(0), r); // records: every double bit for bit
        McResult other = MonteCarlo.run(lognormalChain(), VectorModel.product(), new MonteCarlo.Settings(400_000, 2026, 2));
        assertTrue(other.mean() != runs.get(0).mean(), "a different seed draws differently");
    }

    @Test
    void sensitivityRanksTheWidestInputFirst() {
        McResult r = MonteCarlo.run(lognormalChain(), VectorModel.product(), new MonteCarlo.Settings(200_000, 1, 2));
        List<String> order = r.sensitivity().stream().map(Sensitivity::input).toList();
        assertEquals(List.of("energy per image", "intensity", "images", "PUE"), order);
        Sensitivity top = r.sensitivity().get(0);
        // from the joint draws: E[Y | energy in its top tenth] = E[Y] Φ(σ − z₀.₉) / 0.1, bottom tenth Φ(−σ − z₀.₉) / 0.1
        double sigma = Math.log(1.5), z = 1.2815516;
        assertEquals(r.mean() * Variates.normalCdf(sigma - z) / 0.1, top.outputAtHigh(), 0.03 * top.outputAtHigh());
        assertEquals(r.mean() * Variates.normalCdf(-sigma - z) / 0.1, top.outputAtLow(), 0.03 * top.outputAtLow());
        // ln-variance share of energy per image: ln(1.5)^2 / total ≈ 0.70, so rho ≈ sqrt(0.70) ≈ 0.83
        double s2 = sq(Math.log(1.1)) + sq(Math.log(1.5)) + sq(Math.log(1.05)) + sq(Math.log(1.2));
        assertEquals(Math.sqrt(sq(Math.log(1.5)) / s2), top.rankCorrelation(), 0.03);
    }

    @Test
    void reportCarriesMetricTableAndTornado() {
        McResult r = MonteCarlo.run(lognormalChain(), VectorModel.product(), new MonteCarlo.Settings(100_000, 1, 2));
        Report rep = UncertaintyReport.of(3, "ghibli", Measure.CO2E, Dimension.CO2E, r, null);
        assertEquals(r.p95(), rep.metrics().get(0).p95().base(), 0.0);
        assertEquals(4, rep.table().rowCount());
        assertEquals("Swing [tCO2e]", rep.table().column(6).name());
        assertEquals("co2e_kg", rep.metrics().get(0).key());
        ChartSpec c = rep.charts().get(0);
        assertEquals(ChartSpec.Kind.TORNADO, c.kind());
        assertEquals("energy per image", c.categories().get(0));
        assertEquals(r.sensitivity().get(0).outputAtHigh() / 1000, c.series().get(0).high()[0], 1e-6);
    }

    @Test
    void pointInputsHaveNoSpreadAndNoCorrelation() {
        McResult r = MonteCarlo.run(List.of(UncertainInput.of("a", Distribution.point(3)),
                UncertainInput.of("b", Distribution.range(1, 2))), VectorModel.product(), new MonteCarlo.Settings(10_000, 1, 1));
        assertEquals(4.5, r.mean(), 0.01);
        assertEquals(3 * 1.05, r.p5(), 0.01);
        Sensitivity a = r.sensitivity().stream().filter(s -> s.input().equals("a")).findFirst().orElseThrow();
        assertEquals(0.0, a.swing(), 0.0);
        assertEquals(0.0, a.rankCorrelation(), 0.0);
    }

    @Test
    void nonFiniteModelOutputIsAClearError() {
        List<UncertainInput> in = List.of(UncertainInput.of("x", Distribution.range(-1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                MonteCarlo.run(in, (c, n, out) -> { for (int i = 0; i < n; i++) out[i] = 1 / 0.0; },
                        new MonteCarlo.Settings(1000, 1, 1)));
        assertTrue(e.getMessage().contains("division"), e.getMessage());
    }

    @Test
    void interruptStopsTheRunWithACancellation() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                MonteCarlo.run(List.of(UncertainInput.of("x", Distribution.range(0, 1))),
                        (c, n, out) -> { busy(40); VectorModel.product().evaluate(c, n, out); },
                        new MonteCarlo.Settings(MonteCarlo.BLOCK * 100, 1, 2), f -> {
                            progress.add(f);
                            started.countDown();
                        });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS), "the run reported progress");
        long start = System.nanoTime();
        t.interrupt();
        t.join(5000);
        assertInstanceOf(CancelledException.class, thrown.get());
        // 100 blocks of ≥ 40 ms on 2 threads would take 2 s; stopping takes at most one block per thread
        assertTrue((System.nanoTime() - start) / 1e9 < 1.5, "stopped well before the 2 s the whole run takes");
        assertTrue(progress.get(progress.size() - 1) < 1.0, "stopped before the end");
    }

    @Test
    void progressEndsAtOne() {
        List<Double> progress = new ArrayList<>();
        MonteCarlo.run(lognormalChain(), VectorModel.product(), new MonteCarlo.Settings(MonteCarlo.BLOCK * 10, 1, 2),
                progress::add);
        assertEquals(1.0, progress.get(progress.size() - 1), 0.0);
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) >= progress.get(i - 1));
    }

    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    private static double sq(double x) {
        return x * x;
    }
}
