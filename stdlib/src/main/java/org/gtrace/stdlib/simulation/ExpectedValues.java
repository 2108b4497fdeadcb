package org.gtrace.stdlib.simulation;

/**
 * The scenario's expectations in closed form (no sampling): what both engines should average
 * to. Used to calibrate scenarios and to test the engines.
 */
public final class ExpectedValues {
    private final ViralScenario s;
    private final double[] activePerDay;
    private final double[][] outputsPerDayRegion;

    public ExpectedValues(ViralScenario s) {
        this.s = s;
        int days = s.days(), regions = s.regions().size();
        activePerDay = new double[days];
        outputsPerDayRegion = new double[days][regions];
        ModelTables t = new ModelTables(s);
        for (ViralScenario.Group g : s.groups()) {
            Tier tier = s.tiers().get(g.tier());
            double perActive = s.outputs().cappedMean(tier.meanOutputsPerDay(), tier.dailyCap());
            for (int d = 0; d < days; d++) {
                double active = 0;
                for (int j = 0; j <= d; j++) {
                    double adoptOnJ = s.adoption().cumulative(j + 1.0) - s.adoption().cumulative(j);
                    active += g.users() * adoptOnJ * t.engagement[d - j];
                }
                activePerDay[d] += active;
                outputsPerDayRegion[d][g.region()] += active * perActive;
            }
        }
    }

    public double activeUsers(int day) {
        return activePerDay[day];
    }

    public double totalOutputs() {
        double sum = 0;
        for (double[] day : outputsPerDayRegion) for (double v : day) sum += v;
        return sum;
    }

    /** kWh: outputs × mean energy per output × mean PUE. */
    public double totalEnergyKWh() {
        return totalOutputs() * s.energyPerOutput().mean() * s.pue().mean();
    }

    /** kgCO2e: per region, its energy × its mean intensity. */
    public double totalCo2eKg() {
        double sum = 0;
        for (double[] day : outputsPerDayRegion) {
            for (int r = 0; r < day.length; r++) sum += day[r] * s.regions().get(r).intensityKgPerKWh().mean();
        }
        return sum * s.energyPerOutput().mean() * s.pue().mean();
    }
}
