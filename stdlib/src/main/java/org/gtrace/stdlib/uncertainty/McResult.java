package org.gtrace.stdlib.uncertainty;

import java.util.List;

/**
 * The summary of a Monte Carlo run, in the model's base unit.
 *
 * @param samples     number of samples drawn
 * @param seed        the seed used
 * @param mean        sample mean (the central estimate G-TRACE reports)
 * @param sd          sample standard deviation
 * @param p5          5th percentile (type 7)
 * @param p50         median
 * @param p95         95th percentile (p5, p50 and p95 are NaN for a result run for its mean only)
 * @param sensitivity inputs ranked by their tornado swing, largest first
 */
public record McResult(int samples, long seed, double mean, double sd, double p5, double p50, double p95,
                       List<Sensitivity> sensitivity) {

    public McResult {
        sensitivity = List.copyOf(sensitivity);
    }

    /** Standard error of the mean. */
    public double standardError() {
        return sd / Math.sqrt(samples);
    }

}
