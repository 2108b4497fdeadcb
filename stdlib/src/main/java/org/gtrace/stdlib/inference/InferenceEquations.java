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

    /** E = N × e × PUE (kWh). {@code pueApplied} is 1 when the figure already includes facility overhead. */
    public static double energyKwh(double outputs, double kwhPerOutput, double pueApplied) {
        return outputs * kwhPerOutput * pueApplied;
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
     * Text energy per output from the EcoLogits fit: e = T × (α × P + β) (kWh), with T output
     * tokens, P active parameters in billions, α kWh per token per billion parameters, β kWh per token.
     */
    public static double textKwhPerOutput(double tokens, double activeParamsBillions, double slopeKwh, double interceptKwh) {
        return tokens * (slopeKwh * activeParamsBillions + interceptKwh);
    }

    /**
     * Video energy per output scaled from a reference: e = e_ref × (px/px_ref)^(k/2) × (f/f_ref)^k_f × (steps/steps_ref),
     * with f frames (seconds × frames per second).
     */
    public static double videoKwhPerOutput(double refKwh, double refPixels, double pixels, double refFrames, double frames,
                                           double refSteps, double steps, double sideExponent, double frameExponent) {
        return refKwh * Math.pow(pixels / refPixels, sideExponent / 2) * Math.pow(frames / refFrames, frameExponent)
                * (steps / refSteps);
    }

    // The same equations on values that may be uncertain: each builds the estimate's formula.

    /** E = N × e × PUE. */
    public static UncertainQuantity energy(UncertainQuantity outputs, UncertainQuantity perOutput, UncertainQuantity pueApplied) {
        return outputs.times(perOutput).times(pueApplied).as(Dimension.ENERGY);
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

    /** e = T × (α × P + β), α and β in kWh per token. */
    public static UncertainQuantity textEnergyPerOutput(UncertainQuantity tokens, UncertainQuantity paramsBillions, Quantity alpha,
                                                        Quantity beta) {
        UncertainQuantity perToken = paramsBillions.times(alpha).plus(UncertainQuantity.of(beta));
        return tokens.times(perToken).as(Dimension.ENERGY_PER_OUTPUT);
    }
}
