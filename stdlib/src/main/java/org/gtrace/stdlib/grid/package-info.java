/**
 * Regions and grid intensities: {@link org.gtrace.stdlib.grid.RegionTable} resolves names (ISO codes,
 * country names, {@code gcp:}/{@code aws:}/{@code azure:} regions, {@code world}, user regions) with
 * did-you-mean; every {@link org.gtrace.stdlib.grid.GridIntensity} carries its basis, year and source;
 * {@link org.gtrace.stdlib.grid.RegionSplit} validates shares and defaults to the world average.
 */
package org.gtrace.stdlib.grid;
