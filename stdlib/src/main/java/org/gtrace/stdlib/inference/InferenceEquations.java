package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * The inference equations on primitive doubles in base units (kWh, kgCO2e, L, outputs, tokens),
 * for hot loops such as Monte Carlo. No validation here: the typed API validates its inputs
 * before calling these. Each mirrors one equation of docs/methodology.md.
 */
public final class InferenceEquations {

    private InferenceEquations() {}

    /**
     * E = N × e × f_host × f_idle × PUE (kWh). {@code layers} is the product of the layers the
     * figure leaves out: 1 for a figure that includes the facility.
     */
    public static double energyKwh(double outputs, double kwhPerOutput, double layers) {
        return outputs * kwhPerOutput * layers;
    }

    /** E_IT = E / PUE (kWh): the IT share of facility energy. */
    public static double itEnergyKwh(double facilityKwh, double pue) {
        return facilityKwh / pue;
    }

    /** C = E × I (kgCO2e), with I in kgCO2e/kWh. */
    public static double co2eKg(double energyKwh, double kgPerKwh) {
        return energyKwh * kgPerKwh;
    }

    /** Ī = Σ s_r × I_r: the share-weighted intensity of a regional split (kgCO2e/kWh). */
    public static double weightedIntensity(double[] shares, double[] kgPerKwh) {
        double sum = 0;
        for (int i = 0; i < shares.length; i++) sum += shares[i] * kgPerKwh[i];
        return sum;
    }

    /** W = WUE_on × E_IT + WUE_off × E (L): on-site cooling water plus water used to generate the electricity. */
    public static double waterL(double itEnergyKwh, double wueOnsiteLPerKwh, double facilityKwh, double wueOffsiteLPerKwh) {
        return wueOnsiteLPerKwh * itEnergyKwh + wueOffsiteLPerKwh * facilityKwh;
    }

    /**
     * Image or video energy per output scaled from a reference by the latent token count:
     * e = e_ref × (px/px_ref × f/f_ref)^k × (steps/steps_ref), f frames (seconds × frames per second; 1 for images).
     */
    public static double scaledKwhPerOutput(double refKwh, double refPixels, double pixels, double refFrames, double frames,
                                            double refSteps, double steps, double tokenExponent) {
        return refKwh * Math.pow(pixels / refPixels * (frames / refFrames), tokenExponent) * (steps / refSteps);
    }

    // The same equations on values that may be uncertain: each builds the estimate's formula.

    /** E = N × e × f_host × f_idle × PUE, {@code layers} being the product of the factors. */
    public static UncertainQuantity energy(UncertainQuantity outputs, UncertainQuantity perOutput, UncertainQuantity layers) {
        return outputs.times(perOutput).times(layers).as(Dimension.ENERGY);
    }

    /** E_IT = E / PUE. */
    public static UncertainQuantity itEnergy(UncertainQuantity facility, UncertainQuantity pue) {
        return facility.dividedBy(pue);
    }

    /** C = E × I. */
    public static UncertainQuantity co2e(UncertainQuantity energy, UncertainQuantity intensity) {
        return energy.times(intensity).as(Dimension.CO2E);
    }

    /** W = WUE_on × E_IT + WUE_off × E. */
    public static UncertainQuantity water(UncertainQuantity itEnergy, UncertainQuantity wueOnsite, UncertainQuantity facility,
                                          UncertainQuantity wueOffsite) {
        return wueOnsite.times(itEnergy).plus(wueOffsite.times(facility)).as(Dimension.WATER);
    }

}
