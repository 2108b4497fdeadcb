package org.gtrace.stdlib.simulation;

import java.util.Objects;
import org.gtrace.stdlib.uncertainty.Distribution;

/**
 * Where a share of the users' outputs is served, and the grid intensity there (kgCO2e/kWh, base
 * units), drawn once per run.
 */
public record RegionShare(String name, double share, Distribution intensityKgPerKWh) {
    public RegionShare {
        Objects.requireNonNull(name, "region name");
        Objects.requireNonNull(intensityKgPerKWh, "intensity of region " + name);
        if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("share of region '" + name + "' must be in (0, 1] (got " + share + ")");
        if (intensityKgPerKWh.quantile(0.05) < 0) {
            throw new IllegalArgumentException("grid intensity of region '" + name + "' can go negative; narrow its spread");
        }
    }

    public static RegionShare of(String name, double share, double intensityKgPerKWh) {
        return new RegionShare(name, share, Distribution.point(intensityKgPerKWh));
    }
}
