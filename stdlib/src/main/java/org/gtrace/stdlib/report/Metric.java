package org.gtrace.stdlib.report;

import java.util.Objects;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.units.Quantity;

/**
 * One headline number of a result: energy, CO2e, water, or any named quantity, with its spread
 * when inputs were uncertain and the derivation that explains it.
 *
 * @param name       what it is, as shown to a user ("energy", "CO2e", "water")
 * @param key        the JSON field stem in base units ("energy_kwh", "co2e_kg", "water_l")
 * @param value      the central value (the mean under uncertainty)
 * @param p5         5th percentile, or null for a point value
 * @param p50        median, or null
 * @param p95        95th percentile, or null
 * @param derivation how it was obtained, or null
 */
public record Metric(String name, String key, Quantity value, Quantity p5, Quantity p50, Quantity p95,
                     Derivation derivation) {

    public Metric {
        Objects.requireNonNull(name);
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        if ((p5 == null) != (p95 == null) || (p5 == null) != (p50 == null)) {
            throw new IllegalArgumentException("p5, p50 and p95 come together");
        }
    }

    public static Metric point(String name, String key, Quantity value, Derivation derivation) {
        return new Metric(name, key, value, null, null, null, derivation);
    }

    public boolean isUncertain() {
        return p5 != null;
    }
}
