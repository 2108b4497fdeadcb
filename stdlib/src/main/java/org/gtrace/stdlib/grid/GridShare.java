package org.gtrace.stdlib.grid;

import org.gtrace.stdlib.uncertainty.UncertainQuantity;

/**
 * One region of a split with the intensity figure chosen for it.
 *
 * @param region the region
 * @param grid   the intensity used (basis, year and source included)
 * @param share  its share of the energy, 0-1; uncertain shares are normalised so every draw sums to 1
 */
public record GridShare(Region region, GridIntensity grid, UncertainQuantity share) {

    /** The share at its inputs' central values. */
    public double centralShare() {
        return share.centralBase();
    }
}
