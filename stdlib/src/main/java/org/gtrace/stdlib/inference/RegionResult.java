package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;

/**
 * One region's part of an estimate, each value a formula of the workload's inputs.
 *
 * @param region the region
 * @param grid   the intensity figure used there (basis, year, source)
 * @param share  share of the energy, 0-1
 * @param energy facility energy drawn there
 * @param co2e   emissions there
 * @param water  water attributed there
 */
public record RegionResult(Region region, GridIntensity grid, UncertainQuantity share, UncertainQuantity energy,
                           UncertainQuantity co2e, UncertainQuantity water) {

    /** The share at its central value. */
    public double centralShare() {
        return share.centralBase();
    }
}
