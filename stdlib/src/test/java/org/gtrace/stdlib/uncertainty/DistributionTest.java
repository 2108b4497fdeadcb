package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTest {
    private static final int N = 1_000_000;
    /** Variance of a standard normal cut at ±4: 1 − 8φ(4) / (2Φ(4) − 1). */
    private static final double CUT = 1 - 8 * Math.exp(-8) / Math.sqrt(2 * Math.PI) / (1 - 2 * 3.1671241833e-5);

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of("uniform 2 .. 4", Distribution.range(2, 4), 3.0, 4.0 / 12, 2.1, 3.9),
                // 0.006 ± 20%: sigma = 0.006 * 0.2 / 2 = 0.0006, cut at ±4 sigma (variance × CUT); p5 = 0.006 - 1.644854 * 0.0006
                Arguments.of("normal 0.006 ± 20%", Distribution.plusMinusPercent(0.006, 20), 0.006, 3.6e-7 * CUT,
                        0.006 + cutQuantile(0.05) * 0.0006, 0.006 + cutQuantile(0.95) * 0.0006),
                // lognormal(6, 1.5): mean = 6 exp(ln(1.5)^2 / 2) = 6.51404; p95 = 6 * 1.5^1.6448536 = 11.672
                Arguments.of("lognormal(6, 1.5)", Distribution.lognormal(6, 1.5), 6.514044,
                        36 * Math.exp(Math.pow(Math.log(1.5), 2)) * (Math.exp(Math.pow(Math.log(1.5), 2)) - 1),
                        6 / Math.pow(1.5, 1.6448536), 6 * Math.pow(1.5, 1.6448536)),
                // triangular(1, 2, 4): mean 7/3, variance 7/18; p5 = 1 + sqrt(0.05·3·1), p95 = 4 − sqrt(0.05·3·2)
                Arguments.of("triangular(1, 2, 4)", Distribution.triangular(1, 2, 4), 7.0 / 3, 7.0 / 18,
                        1 + Math.sqrt(0.15), 4 - Math.sqrt(0.3)),
                Arguments.of("empirical 1,2,3,4", Distribution.empirical(4, 1, 3, 2), 2.5, 1.25, 1.15, 3.85));
    }

    /** The p quantile of a standard normal cut at ±4. */
    private static double cutQuantile(double p) {
        double tail = 3.1671241833e-5;
        return Variates.normalQuantile(tail + p * (1 - 2 * tail));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void closedFormMomentsAndQuantiles(String name, Distribution d, double mean, double variance, double p5, double p95) {
        assertEquals(mean, d.mean(), 1e-4 * Math.abs(mean));
        assertEquals(variance, d.variance(), 1e-4 * variance);
        assertEquals(p5, d.quantile(0.05), 1e-6 * Math.abs(p5));
        assertEquals(p95, d.quantile(0.95), 1e-6 * Math.abs(p95));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void samplesMatchClosedForm(String name, Distribution d, double mean, double variance, double p5, double p95) {
        double[] x = new double[N];
        d.fill(new SplittableRandom(7), x, N);
        double m = 0;
        for (double v : x) m += v;
        m /= N;
        double v2 = 0;
        for (double v : x) v2 += (v - m) * (v - m);
        v2 /= N - 1;
        // 5 standard errors of the mean; variance within 2%
        assertEquals(mean, m, 5 * Math.sqrt(variance / N));
        assertEquals(variance, v2, 0.02 * variance);
        double[] q = Quantiles.of(x, N, 0.05, 0.95);
        if (!(d instanceof Distribution.Empirical)) {
            assertEquals(p5, q[0], 0.01 * Math.abs(p5));
            assertEquals(p95, q[1], 0.01 * Math.abs(p95));
        }
    }

    @Test
    void normalQuantileMatchesTables() {
        assertEquals(1.959963985, Variates.normalQuantile(0.975), 1e-8);
        assertEquals(-1.644853627, Variates.normalQuantile(0.05), 1e-8);
        assertEquals(-3.090232306, Variates.normalQuantile(0.001), 1e-8);
        assertEquals(0.0, Variates.normalQuantile(0.5), 1e-12);
    }

    @Test
    void absolutePlusMinusIsTwoSigma() {
        assertEquals(0.05 * Math.sqrt(CUT), Distribution.plusMinus(1, 0.1).standardDeviation(), 1e-12);
    }

    @Test
    void plusMinusIsTwoSigma() {
        Distribution d = Distribution.plusMinusPercent(100, 10);
        assertEquals(5.0 * Math.sqrt(CUT), d.standardDeviation(), 1e-9);
        assertEquals(80, d.low(), 1e-12);
        assertEquals(120, d.high(), 1e-12);
        assertEquals("100 ± 10%", d.describe());
    }

    @Test
    void badInputsNameTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Distribution.range(4, 2))
                .getMessage().contains("smaller value first"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Distribution.plusMinusPercent(1, 80))
                .getMessage().contains("lognormal"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Distribution.lognormal(6, 0.5))
                .getMessage().contains("at least 1"));
        assertThrows(IllegalArgumentException.class, () -> Distribution.point(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Distribution.empirical());
    }
}
