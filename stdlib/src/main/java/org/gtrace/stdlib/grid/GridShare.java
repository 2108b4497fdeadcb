package org.gtrace.stdlib.grid;

/**
 * One region of a split with the intensity figure chosen for it.
 *
 * @param region the region
 * @param grid   the intensity used (basis, year and source included)
 * @param share  its share of the energy, 0-1
 */
public record GridShare(Region region, GridIntensity grid, double share) {}
