package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.EnergyBoundary;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.training.TrainingRun;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** The core's estimates propagated through their own formulas, checked against closed forms. */
class EstimatePropagationTest {
    private static final MonteCarlo.Settings S = new MonteCarlo.Settings(200_000, 42, 2);

    private static UncertainQuantity range(String key, double low, double high, Dimension d) {
        return UncertainQuantity.input(key, Distribution.range(low, high), d);
    }

    private static Metric metric(Statistics s, Measure m, UncertainQuantity q) {
        return s.metric(m, q, null);
    }

    @Test
    void utilisationInARangeStaysInItAndSpreadsTheEnergyUniformly() {
        TrainingEstimate t = TrainingRun.named("t").accelerator("H100 SXM").count(512).duration(Quantity.of(10, "days"))
                .utilisation(range("t.utilisation", 0.7, 0.9, Dimension.NONE)).pue(Quantity.number(1.1)).estimate();
        Statistics s = Statistics.of(t, S, List.of(), ProgressListener.NONE);
        double full = 512 * 240 * 0.7 * 1.1; // kWh at 100% of the H100's 700 W
        Metric e = metric(s, Measure.ENERGY, t.energyValue());
        assertEquals(full * 0.8, e.value().base(), 0.01 * full * 0.8);
        assertEquals(full * (0.7 + 0.2 * 0.05), e.p5().base(), 0.03 * full * 0.71);
        assertEquals(full * (0.7 + 0.2 * 0.95), e.p95().base(), 0.03 * full * 0.89);
    }

    @Test
    void aBandOutsideItsBoundsIsRefusedNamingTheField() {
        InputError e = assertThrows(InputError.class, () -> TrainingRun.named("t")
                .utilisation(range("t.utilisation", 0.7, 1.1, Dimension.NONE)));
        assertEquals(Field.UTILISATION, e.field());
        assertTrue(e.getMessage().contains("70% .. 110%") && e.getMessage().contains("above 100%"), e.getMessage());
        // a ± band inside the bounds is cut to them: a PUE never falls below 1 in any draw
        UncertainQuantity pue = UncertainQuantity.input("w.pue", Distribution.plusMinusPercent(1.1, 15), Dimension.NONE);
        InputError p = assertThrows(InputError.class, () -> Workload.text("w").pue(pue));
        assertEquals(Field.PUE, p.field());
        UncertainQuantity ok = UncertainQuantity.input("w.pue", Distribution.plusMinusPercent(1.2, 15), Dimension.NONE);
        InferenceEstimate w = Workload.text("w").outputs(Quantity.outputs(1000)).energyPerOutput(Quantity.of(1, "Wh"))
                .pue(ok).estimate();
        Propagated run = Propagation.of(w.formulas()).run(S, ProgressListener.NONE);
        double[] draws = run.draws(w.pueValue().formula());
        double least = Double.POSITIVE_INFINITY;
        for (double d : draws) least = Math.min(least, d);
        assertTrue(least >= 1, "PUE draws stay at or above 1: " + least);
    }

    @Test
    void anUncertainLifetimeDividesTheEmbodiedEmissions() {
        // C_emb = c × AH / L with L uniform on 3 .. 5 years: E[1/L] = ln(5/3) / 2 per year
        double year = 8760, ah = 1000 * 24 * 30.0, c = 150;
        TrainingEstimate t = TrainingRun.named("t").accelerator("H100 SXM").acceleratorHours(Quantity.hours(ah))
                .intensity(Quantity.of(0, "g/kWh"))
                .embodied(UncertainQuantity.of(Quantity.kgCO2e(c)), range("t.lifetime", 3 * year, 5 * year, Dimension.TIME))
                .estimate();
        Statistics s = Statistics.of(t, S, List.of(), ProgressListener.NONE);
        Metric co2e = metric(s, Measure.CO2E, t.co2eValue());
        double mean = c * ah * Math.log(5.0 / 3) / (2 * year);
        assertEquals(mean, co2e.value().base(), 0.01 * mean);
        // p5 of c·AH/L is at L's p95 (3 + 2 × 0.95 years), p95 at L's p5
        assertEquals(c * ah / (4.9 * year), co2e.p5().base(), 0.03 * co2e.p5().base());
        assertEquals(c * ah / (3.1 * year), co2e.p95().base(), 0.03 * co2e.p95().base());
    }

    @Test
    void sharesDrawnInRangesAreNormalisedAndGiveTheirClosedForm() {
        // NLD 50 .. 70%, SWE 30 .. 50%, normalised: CO2e = E × (I_SWE + s'(I_NLD − I_SWE)), s' = s1 / (s1 + s2)
        InferenceEstimate w = Workload.text("w").outputs(Quantity.outputs(1e9)).energyPerOutput(Quantity.of(1, "Wh"))
                .share("NLD", range("w.share.NLD", 0.5, 0.7, Dimension.NONE))
                .share("SWE", range("w.share.SWE", 0.3, 0.5, Dimension.NONE)).estimate();
        double e = w.energy().base();
        double iN = w.byRegion().get(0).grid().kgPerKwh(), iS = w.byRegion().get(1).grid().kgPerKwh();
        Statistics s = Statistics.of(w, S, List.of(), ProgressListener.NONE);
        Metric co2e = metric(s, Measure.CO2E, w.co2eValue());
        double[] moments = normalisedShare(0.5, 0.7, 0.3, 0.5);
        assertEquals(e * (iS + moments[0] * (iN - iS)), co2e.value().base(), 0.01 * co2e.value().base());
        assertEquals(e * (iS + moments[1] * (iN - iS)), co2e.p5().base(), 0.03 * co2e.p5().base());
        assertEquals(e * (iS + moments[2] * (iN - iS)), co2e.p95().base(), 0.03 * co2e.p95().base());
        assertTrue(co2e.p95().base() > co2e.p5().base() * 1.02, "the split's uncertainty shows as a band");
    }

    /** Mean, 5th and 95th percentiles of s1/(s1+s2), s1 ~ U(a, b), s2 ~ U(c, d), by quadrature on a fine grid. */
    private static double[] normalisedShare(double a, double b, double c, double d) {
        int n = 2000;
        double[] v = new double[n * n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double s1 = a + (b - a) * (i + 0.5) / n;
            for (int j = 0; j < n; j++) {
                double s2 = c + (d - c) * (j + 0.5) / n;
                v[i * n + j] = s1 / (s1 + s2);
                mean += v[i * n + j];
            }
        }
        java.util.Arrays.sort(v);
        return new double[] {mean / v.length, v[(int) (0.05 * v.length)], v[(int) (0.95 * v.length)]};
    }

    @Test
    void aJavaUserPropagatesAWorkloadTheyBuilt() {
        Workload w = Workload.image("trend").outputs(Quantity.outputs(150e6))
                .energyPerOutput(range("trend.energy", 0.002, 0.004, Dimension.ENERGY_PER_OUTPUT), EnergyBoundary.UNSPECIFIED);
        InferenceEstimate est = w.estimate();
        Statistics s = est.propagate(S);
        Metric e = metric(s, Measure.ENERGY, est.energyValue());
        assertEquals(450_000, e.value().base(), 4500);
        assertEquals(150e6 * 0.0021, e.p5().base(), 0.03 * 315_000);
        assertEquals(150e6 * 0.0039, e.p95().base(), 0.03 * 585_000);
        assertTrue(e.standardError().base() > 0);
    }
}
