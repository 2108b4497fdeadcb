package org.gtrace.stdlib.data;

/**
 * A Google Cloud region's 2024 figures as Google publishes them.
 *
 * @param region           region id, e.g. europe-west1
 * @param location         city or area
 * @param cfeShare         hourly carbon-free energy share (0-1)
 * @param intensityGPerKwh average operational (direct) location-based grid intensity (gCO2e/kWh)
 */
public record GcpRegion(String region, String location, double cfeShare, double intensityGPerKwh) {
    public static final int YEAR = 2024;
}
