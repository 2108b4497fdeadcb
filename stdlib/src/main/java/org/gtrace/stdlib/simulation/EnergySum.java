package org.gtrace.stdlib.simulation;

import java.util.SplittableRandom;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.Variates;

/**
 * The IT energy of {@code k} outputs, each drawn from the per-output distribution. Up to
 * {@value #EXACT_UP_TO} outputs are drawn one by one; above that the sum is drawn from the normal
 * with mean {@code kμ} and variance {@code kσ²} (central limit theorem; with k > 64 and the spreads
 * used here its error is far below the run-to-run noise).
 */
final class EnergySum {
    static final int EXACT_UP_TO = 64;

    private EnergySum() {}

    static double draw(SplittableRandom r, Distribution perOutput, long k) {
        if (k == 0) return 0;
        if (perOutput.isPoint()) return k * perOutput.mean();
        if (k <= EXACT_UP_TO) {
            double s = 0;
            for (long i = 0; i < k; i++) s += perOutput.sample(r);
            return s;
        }
        double s = k * perOutput.mean() + Math.sqrt(k * perOutput.variance()) * Variates.standardNormal(r);
        return Math.max(0, s);
    }
}
