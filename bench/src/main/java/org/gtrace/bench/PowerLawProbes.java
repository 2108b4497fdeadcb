package org.gtrace.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.UncertainInput;

/**
 * The propagation the language used before the core propagated its own formulas, kept here as
 * the baseline of {@link PropagationBench}: it took every estimate for a product of powers of its
 * inputs, found each input's whole exponent by estimating again with the input at twice and three
 * times its central value (12 estimates for 6 inputs), then sampled
 * {@code central × Π (xᵢ / centralᵢ)^eᵢ} per metric. A metric in which an input is not a power
 * (water, whose terms add) was left at its central value.
 */
final class PowerLawProbes {
    private PowerLawProbes() {}

    /** Energy, CO2e and water by probing and product sampling; null where a metric is not a product. */
    static List<McResult> run(MonteCarlo.Settings settings) {
        Map<String, SixInputWorkload.Input> inputs = SixInputWorkload.inputs();
        Map<String, Double> centre = new LinkedHashMap<>();
        inputs.forEach((k, v) -> centre.put(k, v.distribution().central()));
        double[] central = metrics(SixInputWorkload.at(centre).estimate());
        List<double[]> twice = new ArrayList<>(), thrice = new ArrayList<>();
        for (String name : inputs.keySet()) {
            twice.add(metrics(SixInputWorkload.at(scaled(centre, name, 2)).estimate()));
            thrice.add(metrics(SixInputWorkload.at(scaled(centre, name, 3)).estimate()));
        }
        List<UncertainInput> draws = new ArrayList<>();
        inputs.forEach((k, v) -> draws.add(UncertainInput.of(k, v.distribution())));
        double[] centres = centre.values().stream().mapToDouble(Double::doubleValue).toArray();
        List<McResult> out = new ArrayList<>();
        for (int m = 0; m < central.length; m++) {
            double[] e = exponents(central[m], twice, thrice, m);
            out.add(e == null ? null : sample(draws, centres, e, central[m], settings));
        }
        return out;
    }

    private static double[] metrics(InferenceEstimate e) {
        return new double[] {e.energy().base(), e.co2e().base(), e.water().base()};
    }

    private static Map<String, Double> scaled(Map<String, Double> centre, String name, double k) {
        Map<String, Double> m = new LinkedHashMap<>(centre);
        m.put(name, centre.get(name) * k);
        return m;
    }

    private static double[] exponents(double central, List<double[]> twice, List<double[]> thrice, int m) {
        double[] e = new double[twice.size()];
        for (int i = 0; i < e.length; i++) {
            double guess = Math.rint(Math.log(twice.get(i)[m] / central) / Math.log(2));
            if (Math.abs(thrice.get(i)[m] / central / Math.pow(3, guess) - 1) > 1e-9) return null;
            e[i] = guess;
        }
        return e;
    }

    private static McResult sample(List<UncertainInput> inputs, double[] centres, double[] exponents, double central,
                                   MonteCarlo.Settings settings) {
        return MonteCarlo.run(inputs, (cols, n, out) -> {
            java.util.Arrays.fill(out, 0, n, central);
            for (int k = 0; k < cols.length; k++) {
                if (exponents[k] == 0) continue;
                double inv = 1 / centres[k], power = exponents[k];
                double[] c = cols[k];
                if (power == 1) for (int i = 0; i < n; i++) out[i] *= c[i] * inv;
                else for (int i = 0; i < n; i++) out[i] *= Math.pow(c[i] * inv, power);
            }
        }, settings);
    }
}
