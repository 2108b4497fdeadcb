package org.gtrace.stdlib.pyramid;

import org.gtrace.stdlib.errors.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.errors.InputError;

/**
 * What a deployment declares about itself, in base units, for a pyramid assessment. Unknowns
 * are null (numbers) or false (practices): an assessment never guesses them.
 *
 * @param name                  deployment name
 * @param outputs               outputs served in the assessed period
 * @param energyPerOutputKWh    facility-level energy per output (kWh), or null if unknown
 * @param pue                   facility overhead to apply to {@code energyPerOutputKWh} (1 if already included)
 * @param regions               regions served from, with shares of the load and intensities
 * @param telemetryCoverage     share of the serving fleet whose energy is metered (0..1)
 * @param publishesPerOutput    per-output energy and CO2e figures are published
 * @param budgetGramsPerOutput  the per-output CO2e budget (gCO2e/output), or null if none
 * @param baselineEnergyPerOutputKWh per-output energy before optimisation (kWh), or null
 * @param carbonAwareShare      share of load routed or shifted by a carbon signal (0..1)
 * @param routingCandidates     lower-carbon regions the load could move to (share ignored)
 * @param targetsTracked        reduction targets are set and tracked
 * @param policyInPlace         a governance and stewardship policy is in place
 * @param publicDisclosure      an annual public disclosure with method and boundary
 * @param shiftSavedShare       when {@code carbonAwareShare} was measured by shifting metered load over an hourly
 *                              grid: the share of CO2e that shift saved (0..1); null when the share is only declared
 */
public record Deployment(String name, double outputs, Double energyPerOutputKWh, double pue, List<RegionLoad> regions,
                         double telemetryCoverage, boolean publishesPerOutput, Double budgetGramsPerOutput,
                         Double baselineEnergyPerOutputKWh, double carbonAwareShare, List<RegionLoad> routingCandidates,
                         boolean targetsTracked, boolean policyInPlace, boolean publicDisclosure, Double shiftSavedShare) {

    public Deployment {
        Objects.requireNonNull(name, "name");
        if (!(outputs >= 0 && Double.isFinite(outputs))) throw new InputError(Field.OUTPUTS, "must be a count ≥ 0 (got " + outputs + ")", "give the outputs served in the period");
        if (energyPerOutputKWh != null && !(energyPerOutputKWh >= 0 && Double.isFinite(energyPerOutputKWh))) {
            throw new InputError(Field.ENERGY_PER_OUTPUT, "energy per output", "must be ≥ 0 (got " + energyPerOutputKWh + ")", "give it in Wh or kWh");
        }
        if (!(pue >= 1 && pue < 5)) throw new InputError(Field.PUE, "must be between 1 and 5 (got " + pue + ")", "use 1 when the energy figure already includes facility overhead");
        regions = List.copyOf(regions);
        routingCandidates = List.copyOf(routingCandidates);
        double sum = regions.stream().mapToDouble(RegionLoad::share).sum();
        if (sum > 1 + 1e-6) throw new InputError(Field.REGION_SHARES, "sum to " + Math.round(sum * 1000) / 10.0 + "%, more than 100%", "lower them so they add up to at most 100%");
        fraction(telemetryCoverage, "telemetry coverage");
        fraction(carbonAwareShare, "carbon-aware share");
        if (budgetGramsPerOutput != null && !(budgetGramsPerOutput > 0)) throw new InputError(Field.BUDGET, "must be positive gCO2e per output (got " + budgetGramsPerOutput + ")", "give a budget such as 2 g per output");
        if (baselineEnergyPerOutputKWh != null && !(baselineEnergyPerOutputKWh > 0)) throw new InputError(Field.BASELINE, "must be positive (got " + baselineEnergyPerOutputKWh + ")", "give the energy per output before optimisation");
    }

    private static void fraction(double v, String field) {
        if (!(v >= 0 && v <= 1)) throw new InputError(Field.ASSESSMENT, field, "must be between 0% and 100% (got " + v * 100 + "%)", "give a share in [0, 1]");
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Share of the load whose region is declared. */
    public double regionShareKnown() {
        return regions.stream().mapToDouble(RegionLoad::share).sum();
    }

    /** Fluent construction; every field starts unknown / false. */
    public static final class Builder {
        private final String name;
        private double outputs;
        private Double energy;
        private double pue = 1;
        private final List<RegionLoad> regions = new ArrayList<>();
        private double telemetry;
        private boolean publishes;
        private Double budget;
        private Double baseline;
        private double carbonAware;
        private final List<RegionLoad> candidates = new ArrayList<>();
        private boolean targets;
        private boolean policy;
        private boolean disclosure;
        private Double shiftSaved;

        private Builder(String name) {
            this.name = name;
        }

        public Builder outputs(double n) { outputs = n; return this; }
        public Builder energyPerOutputKWh(double kWh) { energy = kWh; return this; }
        public Builder pue(double p) { pue = p; return this; }
        public Builder region(String region, double share, double kgPerKWh) { regions.add(new RegionLoad(region, share, kgPerKWh)); return this; }
        public Builder telemetryCoverage(double share) { telemetry = share; return this; }
        public Builder publishesPerOutput(boolean b) { publishes = b; return this; }
        public Builder budgetGramsPerOutput(double g) { budget = g; return this; }
        public Builder baselineEnergyPerOutputKWh(double kWh) { baseline = kWh; return this; }
        public Builder carbonAwareShare(double share) { carbonAware = share; return this; }
        public Builder routingCandidate(String region, double kgPerKWh) { candidates.add(new RegionLoad(region, 0, kgPerKWh)); return this; }
        public Builder targetsTracked(boolean b) { targets = b; return this; }
        public Builder policyInPlace(boolean b) { policy = b; return this; }
        public Builder publicDisclosure(boolean b) { disclosure = b; return this; }
        /** A measured shift: {@code moved} of the load moved, saving {@code saved} of its CO2e. */
        public Builder shifted(double moved, double saved) { carbonAware = moved; shiftSaved = saved; return this; }

        public Deployment build() {
            return new Deployment(name, outputs, energy, pue, regions, telemetry, publishes, budget, baseline,
                    carbonAware, candidates, targets, policy, disclosure, shiftSaved);
        }
    }
}
