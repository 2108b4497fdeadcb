package org.gtrace.stdlib.pyramid;

import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;

/** A region a deployment serves from: its share of the load and its grid intensity (kgCO2e/kWh). */
public record RegionLoad(String name, double share, double intensityKgPerKWh) {
    public RegionLoad {
        if (!(share >= 0 && share <= 1)) throw new InputError(Field.REGION_SHARES, "share of " + name, "must be between 0% and 100% (got " + share * 100 + "%)", "give a share in [0, 1]");
        if (!(intensityKgPerKWh >= 0 && Double.isFinite(intensityKgPerKWh))) {
            throw new InputError(Field.INTENSITY, "intensity of " + name, "must be a finite value ≥ 0 (got " + intensityKgPerKWh + ")", "give it in g/kWh or kg/kWh");
        }
    }
}
