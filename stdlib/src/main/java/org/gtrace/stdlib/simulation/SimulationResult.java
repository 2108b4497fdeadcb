package org.gtrace.stdlib.simulation;

import java.util.List;

/**
 * One run's daily series by region: active users, outputs, facility energy (kWh, IT energy × the
 * run's PUE) and CO2e (kg, energy × the region's intensity). Base units throughout.
 */
public final class SimulationResult {
    private final ViralScenario scenario;
    private final String engine;
    private final long seed;
    private final DailySeries series;
    private final ScenarioDraws draws;

    SimulationResult(ViralScenario scenario, String engine, long seed, DailySeries series, ScenarioDraws draws) {
        this.scenario = scenario;
        this.engine = engine;
        this.seed = seed;
        this.series = series;
        this.draws = draws;
    }

    public ViralScenario scenario() { return scenario; }
    public String engine() { return engine; }
    public long seed() { return seed; }
    public int days() { return series.days; }
    public List<String> regions() { return scenario.regions().stream().map(RegionShare::name).toList(); }
    /** The PUE this run drew. */
    public double pue() { return draws.pue(); }
    /** The grid intensity (kg/kWh) this run drew for region {@code r}. */
    public double intensity(int r) { return draws.intensity()[r]; }

    private int at(int day, int region) {
        return day * series.regions + region;
    }

    public long activeUsers(int day, int region) { return series.active[at(day, region)]; }
    public long outputs(int day, int region) { return series.outputs[at(day, region)]; }
    public double energyKWh(int day, int region) { return series.itEnergy[at(day, region)] * draws.pue(); }
    public double co2eKg(int day, int region) { return energyKWh(day, region) * draws.intensity()[region]; }

    public long activeUsers(int day) {
        long s = 0;
        for (int r = 0; r < series.regions; r++) s += activeUsers(day, r);
        return s;
    }

    public long totalOutputs() {
        long s = 0;
        for (long v : series.outputs) s += v;
        return s;
    }

    public double totalEnergyKWh() {
        double s = 0;
        for (double v : series.itEnergy) s += v;
        return s * draws.pue();
    }

    public double totalCo2eKg() {
        double s = 0;
        for (int d = 0; d < series.days; d++) for (int r = 0; r < series.regions; r++) s += co2eKg(d, r);
        return s;
    }

    /** Total outputs served in region {@code r}. */
    public long outputsInRegion(int r) {
        long s = 0;
        for (int d = 0; d < series.days; d++) s += outputs(d, r);
        return s;
    }
}
