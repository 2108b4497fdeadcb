package org.gtrace.stdlib.equivalents;

/** Equivalence equations on primitive doubles in base units (kgCO2e, kWh). */
public final class EquivalentEquations {

    /** Kilometres in one international mile (exact, by definition). */
    public static final double KM_PER_MILE = 1.609344;

    private EquivalentEquations() {}

    /** km = C / c_km: distance an average car drives to emit C (kgCO2e), at c_km kgCO2e per km. */
    public static double carKm(double co2eKg, double kgPerKm) {
        return co2eKg / kgPerKm;
    }

    /** charges = E / e_charge: smartphone charges that use energy E (kWh). */
    public static double smartphoneCharges(double energyKwh, double kwhPerCharge) {
        return energyKwh / kwhPerCharge;
    }

    /** days = E / (E_year / 365): days of one household's electricity that energy E (kWh) equals. */
    public static double householdDays(double energyKwh, double householdKwhPerYear) {
        return energyKwh / (householdKwhPerYear / 365.0);
    }
}
