package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantilesTest {
    private static final double[] P = {0, 0.05, 0.5, 0.95, 1};

    private static double[] bySorting(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        double[] out = new double[P.length];
        for (int i = 0; i < P.length; i++) out[i] = Quantiles.sorted(s, P[i]);
        return out;
    }

    @Test
    void matchesSortingOnSkewedData() {
        SplittableRandom r = new SplittableRandom(3);
        double[] x = new double[300_001];
        for (int i = 0; i < x.length; i++) x[i] = Math.exp(3 * Variates.standardNormal(r));
        assertArrayEquals(bySorting(x), Quantiles.of(x, x.length, P), 0.0);
    }

    @Test
    void matchesSortingWithManyTies() {
        SplittableRandom r = new SplittableRandom(4);
        double[] x = new double[100_000];
        for (int i = 0; i < x.length; i++) x[i] = r.nextInt(5) == 0 ? 1e6 : r.nextInt(3);
        assertArrayEquals(bySorting(x), Quantiles.of(x, x.length, P), 0.0);
    }

    @Test
    void typeSevenInterpolates() {
        // numpy.percentile([1, 2, 3, 4], 5) == 1.15
        assertEquals(1.15, Quantiles.sorted(new double[] {1, 2, 3, 4}, 0.05), 1e-12);
        assertEquals(2.5, Quantiles.of(new double[] {4, 1, 3, 2}, 4, 0.5)[0], 1e-12);
    }

    @Test
    void ranksAverageTies() {
        assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, Sensitivity.ranks(new double[] {5, 1, 5, 9}), 0.0);
    }
}
