package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariatesTest {
    private static final int N = 400_000;

    /** Mean and variance of N draws. */
    private static double[] moments(ToDoubleFunction<SplittableRandom> draw) {
        SplittableRandom r = new SplittableRandom(11);
        double s = 0, s2 = 0;
        for (int i = 0; i < N; i++) {
            double x = draw.applyAsDouble(r);
            s += x;
            s2 += x * x;
        }
        double m = s / N;
        return new double[] {m, (s2 - N * m * m) / (N - 1)};
    }

    @ParameterizedTest(name = "Poisson({0})")
    @CsvSource({"0.7", "3.5", "9.9", "10", "250", "1e9"})
    void poissonHasMeanAndVarianceLambda(double lambda) {
        double[] m = moments(r -> Variates.poisson(r, lambda));
        assertEquals(lambda, m[0], 5 * Math.sqrt(lambda / N));
        assertEquals(lambda, m[1], 0.02 * lambda);
    }

    @ParameterizedTest(name = "Binomial({0}, {1})")
    @CsvSource({"50, 0.1", "20, 0.9", "1000, 0.3", "130000000, 0.42", "100000000, 0.00000002"})
    void binomialHasMeanNpAndVarianceNpq(long n, double p) {
        double[] m = moments(r -> Variates.binomial(r, n, p));
        double var = n * p * (1 - p);
        assertEquals(n * p, m[0], 5 * Math.sqrt(var / N));
        assertEquals(var, m[1], 0.02 * var);
    }

    @ParameterizedTest(name = "NegBin(mean {0}, k {1})")
    @CsvSource({"2, 0.5", "1.5, 3", "40, 2"})
    void negativeBinomialHasMeanAndOverdispersion(double mean, double k) {
        double[] m = moments(r -> Variates.negativeBinomial(r, mean, k));
        double var = mean + mean * mean / k;
        assertEquals(mean, m[0], 5 * Math.sqrt(var / N));
        assertEquals(var, m[1], 0.04 * var);
    }

    @ParameterizedTest(name = "P(Z <= {0}) = {1}")
    @CsvSource({"-4, 3.167124e-5", "-3.5, 2.326291e-4", "-3, 1.349898e-3", "-2, 0.02275013", "-1, 0.1586553",
        "0, 0.5", "0.5, 0.6914625", "1.96, 0.9750021", "3.44, 0.9997091", "3.6, 0.9998409"})
    void standardNormalFollowsTheNormalCdf(double z, double phi) {
        int n = 4_000_000;
        double[] x = new double[n];
        Variates.fillStandardNormal(new SplittableRandom(99), x, n);
        long below = 0;
        for (double v : x) if (v <= z) below++;
        // binomial standard error of the empirical CDF, 5 of them
        assertEquals(phi, below / (double) n, 5 * Math.sqrt(phi * (1 - phi) / n) + 1e-7);
    }

    @ParameterizedTest(name = "ln({0}!)")
    @CsvSource({"0, 0", "10, 15.104412573075516", "255, 1161.7121011184013", "1000, 5912.128178939938"})
    void logFactorial(long k, double expected) {
        assertEquals(expected, Variates.logFactorial(k), 1e-9 * Math.max(1, expected));
    }
}
