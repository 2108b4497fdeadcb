package org.gtrace.stdlib.pyramid;

import org.gtrace.stdlib.errors.Field;
import java.util.List;
import org.gtrace.stdlib.errors.InputError;

/**
 * This project's own level names and gate thresholds for the AI Sustainability Pyramid. The
 * G-TRACE paper names a seven-level pyramid but publishes neither the names nor the thresholds;
 * everything here is therefore an assumption of this project, shown as such in every report, and
 * each threshold can be overridden.
 *
 * @param regionCoverageMin     L2: least share of load whose region is declared
 * @param telemetryCoverageMin  L3: least share of the fleet with metered energy
 * @param optimisationGainMin   L5: least reduction of per-output energy against the baseline
 * @param carbonAwareShareMin   L6: least share of load routed or shifted by a carbon signal ...
 * @param lowCarbonIntensityMax L6: ... or, instead, a load-weighted intensity at most this (kg/kWh)
 */
public record PyramidPolicy(double regionCoverageMin, double telemetryCoverageMin, double optimisationGainMin,
                            double carbonAwareShareMin, double lowCarbonIntensityMax) {

    /** The level names, L1 to L7. */
    public static final List<String> LEVELS = List.of("Measurement", "Regional attribution",
            "Transparency and telemetry", "Operational readiness (budgets)", "Optimisation",
            "Carbon-aware operation", "Stewardship and policy");

    public PyramidPolicy {
        share(regionCoverageMin, "regionCoverageMin");
        share(telemetryCoverageMin, "telemetryCoverageMin");
        share(optimisationGainMin, "optimisationGainMin");
        share(carbonAwareShareMin, "carbonAwareShareMin");
        if (!(lowCarbonIntensityMax >= 0)) throw new InputError(Field.ASSESSMENT, "lowCarbonIntensityMax", "must be ≥ 0 kg/kWh", "give an intensity such as 0.1 kg/kWh");
    }

    private static void share(double v, String field) {
        if (!(v >= 0 && v <= 1)) throw new InputError(Field.ASSESSMENT, field, "must be between 0 and 1 (got " + v + ")", "give a share");
    }

    /** Defaults: 90% of load attributed, 80% metered, 20% gain, 30% carbon-aware or ≤ 100 g/kWh. */
    public static PyramidPolicy defaults() {
        return new PyramidPolicy(0.9, 0.8, 0.2, 0.3, 0.1);
    }

    public PyramidPolicy withRegionCoverageMin(double v) { return new PyramidPolicy(v, telemetryCoverageMin, optimisationGainMin, carbonAwareShareMin, lowCarbonIntensityMax); }
    public PyramidPolicy withTelemetryCoverageMin(double v) { return new PyramidPolicy(regionCoverageMin, v, optimisationGainMin, carbonAwareShareMin, lowCarbonIntensityMax); }
    public PyramidPolicy withOptimisationGainMin(double v) { return new PyramidPolicy(regionCoverageMin, telemetryCoverageMin, v, carbonAwareShareMin, lowCarbonIntensityMax); }
    public PyramidPolicy withCarbonAwareShareMin(double v) { return new PyramidPolicy(regionCoverageMin, telemetryCoverageMin, optimisationGainMin, v, lowCarbonIntensityMax); }
    public PyramidPolicy withLowCarbonIntensityMax(double v) { return new PyramidPolicy(regionCoverageMin, telemetryCoverageMin, optimisationGainMin, carbonAwareShareMin, v); }
}
