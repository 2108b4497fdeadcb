package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.uncertainty.VectorModel;

/** Models of the core's equations over sample columns, calling the core's functions on doubles. */
public final class ChainModels {
    private ChainModels() {}

    /**
     * Inputs (outputs, kWh per output, PUE) → facility energy, kWh:
     * {@link InferenceEquations#energyKwh}.
     */
    public static VectorModel inferenceEnergy() {
        return (c, n, out) -> {
            double[] outputs = c[0], perOutput = c[1], pue = c[2];
            for (int i = 0; i < n; i++) out[i] = InferenceEquations.energyKwh(outputs[i], perOutput[i], pue[i]);
        };
    }

    /**
     * Inputs (outputs, kWh per output, PUE, kgCO2e per kWh) → CO2e, kg:
     * {@link InferenceEquations#co2eKg} of {@link InferenceEquations#energyKwh}. The Ghibli model.
     */
    public static VectorModel inferenceCo2e() {
        return (c, n, out) -> {
            double[] outputs = c[0], perOutput = c[1], pue = c[2], intensity = c[3];
            for (int i = 0; i < n; i++) {
                out[i] = InferenceEquations.co2eKg(InferenceEquations.energyKwh(outputs[i], perOutput[i], pue[i]), intensity[i]);
            }
        };
    }
}
