package org.gtrace.stdlib.training;

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
}
