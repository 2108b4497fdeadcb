package org.gtrace.stdlib.data;

import org.gtrace.stdlib.provenance.Source;

/**
 * The world-average grid intensity derived from the bundled country figures.
 *
 * @param intensityGPerKwh generation-weighted mean intensity (gCO2e/kWh, lifecycle, location-based)
 * @param year             the year most of the weighted generation is for
 * @param countries        countries with a generation figure that were averaged
 * @param totalTwh         their generation (TWh)
 * @param yearShare        share of that generation whose figures are for {@code year}
 * @param source           provenance, with the method in its boundary
 */
public record WorldGrid(double intensityGPerKwh, int year, int countries, double totalTwh, double yearShare, Source source) {}
