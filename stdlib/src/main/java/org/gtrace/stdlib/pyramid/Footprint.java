package org.gtrace.stdlib.pyramid;

import org.gtrace.stdlib.data.CountryGrids;
import org.gtrace.stdlib.inference.InferenceEquations;
import org.gtrace.stdlib.provenance.Source;

/**
 * The deployment's energy and CO2e over the period, from what it declares. Load whose region is
 * not declared is put at the world average grid intensity (Ember's countries weighted by their generation, {@link CountryGrids#world()}),
 * and the report says so.
 *
 * @param energyKWh       facility energy (null when energy per output is unknown)
 * @param intensity       load-weighted intensity (kg/kWh)
 * @param unknownShare    share of load put at the world average
 * @param co2eKg          CO2e (null when energy is unknown)
 */
record Footprint(Double energyKWh, double intensity, double unknownShare, Double co2eKg) {
    static Footprint of(Deployment d) {
        double world = worldIntensity();
        double known = Math.min(1, d.regionShareKnown());
        double[] shares = d.regions().stream().mapToDouble(RegionLoad::share).toArray();
        double[] intensities = d.regions().stream().mapToDouble(RegionLoad::intensityKgPerKWh).toArray();
        double intensity = InferenceEquations.weightedIntensity(shares, intensities) + (1 - known) * world;
        if (d.energyPerOutputKWh() == null) return new Footprint(null, intensity, 1 - known, null);
        double energy = InferenceEquations.energyKwh(d.outputs(), d.energyPerOutputKWh(), d.pue());
        return new Footprint(energy, intensity, 1 - known, InferenceEquations.co2eKg(energy, intensity));
    }

    static double worldIntensity() {
        return CountryGrids.world().intensityGPerKwh() / 1000;
    }

    static Source worldSource() {
        return CountryGrids.world().source();
    }

    /** gCO2e per output, or null. */
    Double gramsPerOutput(Deployment d) {
        return co2eKg == null || d.outputs() == 0 ? null : co2eKg * 1000 / d.outputs();
    }
}
