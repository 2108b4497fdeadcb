package org.gtrace.stdlib.pyramid;

import java.util.ArrayList;
import java.util.List;

/** The gates of each level, computed from a deployment, its footprint and the policy. */
final class Gates {
    private Gates() {}

    static List<LevelResult> evaluate(Deployment d, Footprint f, PyramidPolicy p) {
        List<LevelResult> levels = new ArrayList<>();
        levels.add(level(1, List.of(
                yes(1, "L1.energy", "energy per output known", d.energyPerOutputKWh() != null),
                new Gate(1, "L1.outputs", "outputs counted", d.outputs(), "≥", 1, "outputs", d.outputs() >= 1))));
        levels.add(level(2, List.of(percent(2, "L2.regions", "share of load with a declared region",
                d.regionShareKnown(), p.regionCoverageMin()))));
        levels.add(level(3, List.of(percent(3, "L3.telemetry", "fleet with metered energy", d.telemetryCoverage(),
                        p.telemetryCoverageMin()),
                yes(3, "L3.published", "per-output figures published", d.publishesPerOutput()))));
        levels.add(level(4, budgetGates(d, f)));
        levels.add(level(5, List.of(optimisationGate(d, p))));
        levels.add(level(6, List.of(carbonAwareGate(d, f, p))));
        levels.add(level(7, List.of(
                yes(7, "L7.targets", "reduction targets set and tracked", d.targetsTracked()),
                yes(7, "L7.policy", "stewardship policy in place", d.policyInPlace()),
                yes(7, "L7.disclosure", "public disclosure with method and boundary", d.publicDisclosure()))));
        return levels;
    }

    private static LevelResult level(int n, List<Gate> gates) {
        return new LevelResult(n, PyramidPolicy.LEVELS.get(n - 1), gates);
    }

    private static Gate yes(int level, String id, String check, boolean holds) {
        return new Gate(level, id, check, holds ? 1.0 : 0.0, "=", 1, "", holds);
    }

    private static Gate percent(int level, String id, String check, double share, double min) {
        return new Gate(level, id, check, share * 100, "≥", min * 100, "%", share >= min - 1e-12);
    }

    private static List<Gate> budgetGates(Deployment d, Footprint f) {
        if (d.budgetGramsPerOutput() == null) return List.of(yes(4, "L4.budget_declared", "per-output CO2e budget declared", false));
        Double g = f.gramsPerOutput(d);
        double budget = d.budgetGramsPerOutput();
        return List.of(yes(4, "L4.budget_declared", "per-output CO2e budget declared", true),
                new Gate(4, "L4.within_budget", "per-output CO2e within budget", g, "≤", budget, "gCO2e/output",
                        g != null && g <= budget));
    }

    private static Gate optimisationGate(Deployment d, PyramidPolicy p) {
        Double gain = d.baselineEnergyPerOutputKWh() == null || d.energyPerOutputKWh() == null ? null
                : (1 - d.energyPerOutputKWh() / d.baselineEnergyPerOutputKWh()) * 100;
        return new Gate(5, "L5.gain", "per-output energy cut against the declared baseline", gain, "≥",
                p.optimisationGainMin() * 100, "%", gain != null && gain >= p.optimisationGainMin() * 100 - 1e-9);
    }

    private static Gate carbonAwareGate(Deployment d, Footprint f, PyramidPolicy p) {
        boolean lowCarbon = f.unknownShare() < 1e-9 && f.intensity() <= p.lowCarbonIntensityMax();
        if (lowCarbon) {
            return new Gate(6, "L6.low_carbon", "load-weighted grid intensity", f.intensity(), "≤",
                    p.lowCarbonIntensityMax(), "kg/kWh", true);
        }
        if (d.shiftSavedShare() != null) {
            // measured, not declared: load that moved but saved nothing was not moved by a carbon signal
            double moved = d.carbonAwareShare() * 100;
            return new Gate(6, "L6.shifted", "metered load shifted to cleaner hours or regions (hour-matched, saving "
                    + Gate.number(d.shiftSavedShare() * 100) + "% of its CO2e)", moved, "≥", p.carbonAwareShareMin() * 100, "%",
                    moved >= p.carbonAwareShareMin() * 100 - 1e-9 && d.shiftSavedShare() > 0);
        }
        return percent(6, "L6.carbon_aware", "load routed or shifted by a carbon signal", d.carbonAwareShare(),
                p.carbonAwareShareMin());
    }
}
