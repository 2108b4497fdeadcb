package org.gtrace.stdlib.training;

import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;

/**
 * The training equations on primitive doubles in base units (kWh, h, kW, kgCO2e), for hot loops.
 * No validation here; the typed API validates first. Each mirrors docs/methodology.md.
 */
public final class TrainingEquations {

    private TrainingEquations() {}

    /** Accelerator-hours from a count and a duration: AH = n × t (h). */
    public static double acceleratorHours(double count, double hours) {
        return count * hours;
    }

    /** E = AH × P × u × PUE (kWh), with P in kW and u the average fraction of maximum power drawn. */
    public static double energyKwh(double acceleratorHours, double powerKw, double utilisation, double pue) {
        return acceleratorHours * powerKw * utilisation * pue;
    }

    /** C = E × I (kgCO2e). */
    public static double co2eKg(double energyKwh, double kgPerKwh) {
        return energyKwh * kgPerKwh;
    }

    /**
     * Embodied emissions charged to the run: C_emb = c_emb × AH / L (kgCO2e), with c_emb per
     * accelerator and L its lifetime in hours: each accelerator's share of its lifetime used.
     */
    public static double embodiedKg(double embodiedKgPerAccelerator, double acceleratorHours, double lifetimeHours) {
        return embodiedKgPerAccelerator * acceleratorHours / lifetimeHours;
    }

    /** The intensity a reported energy and emissions imply: I = C / E (kgCO2e/kWh). */
    public static double impliedIntensity(double co2eKg, double energyKwh) {
        return co2eKg / energyKwh;
    }

    // The same equations on values that may be uncertain: each builds the estimate's formula.

    /** AH = n × t. */
    public static UncertainQuantity acceleratorHours(UncertainQuantity count, UncertainQuantity duration) {
        return count.times(duration).as(Dimension.TIME);
    }

    /** E = AH × P × u × PUE. */
    public static UncertainQuantity energy(UncertainQuantity hours, UncertainQuantity power, UncertainQuantity utilisation,
                                           UncertainQuantity pue) {
        return hours.times(power).times(utilisation).times(pue).as(Dimension.ENERGY);
    }

    /** C = E × I. */
    public static UncertainQuantity co2e(UncertainQuantity energy, UncertainQuantity intensity) {
        return energy.times(intensity).as(Dimension.CO2E);
    }

    /** C_emb = c_emb × AH / L. */
    public static UncertainQuantity embodied(UncertainQuantity perAccelerator, UncertainQuantity hours, UncertainQuantity lifetime) {
        return perAccelerator.times(hours).dividedBy(lifetime).as(Dimension.CO2E);
    }
}
