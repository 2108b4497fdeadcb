package org.gtrace.grammar.bind;

import org.gtrace.grammar.runtime.Progressing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.compile.Estimate;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Values;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.FunctionValue;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.simulation.SimulationEstimate;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.grid.RegionWater;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.simulation.SimulationWater;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.simulation.AdoptionCurve;
import org.gtrace.stdlib.simulation.Engagement;
import org.gtrace.stdlib.simulation.OutputsPerUser;
import org.gtrace.stdlib.simulation.RegionShare;
import org.gtrace.stdlib.simulation.SimulationEnsemble;
import org.gtrace.stdlib.simulation.SimulationReport;
import org.gtrace.stdlib.simulation.SimulationResult;
import org.gtrace.stdlib.simulation.Tier;
import org.gtrace.stdlib.simulation.ViralScenario;
import org.gtrace.stdlib.simulation.ViralSimulation;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * A {@code simulate NAME [from WORKLOAD] < … >} declaration → the stdlib's {@link ViralScenario},
 * run with the engine it names. Properties it does not set are read from the workload it derives
 * from (energy per output, PUE, region or intensity).
 *
 * <p>Curves: {@code logistic(peak, width, decay, ceiling)} is a logistic adoption with midpoint
 * {@code peak} and rate {@code 1/width}; {@code bass(p, q, decay, ceiling)} is Bass diffusion.
 * For both, an adopter is active on a day with probability {@code ceiling} (default 100%), halving
 * every {@code decay} days (default: no decay).
 */
final class SimulationBuilder {
    private SimulationBuilder() {}

    /**
     * The scenario the engines run: the model inputs (energy per output, PUE, intensities) at
     * their central values, since the engines give what varies from user to user and the model
     * inputs are drawn afterwards ({@link SimulationEstimate}).
     */
    static ViralScenario scenario(Declared d, RunContext ctx) {
        return inputs(d, ctx).scenario();
    }

    /** What a simulation declaration gives the core: the scenario and its model inputs, possibly uncertain. */
    private record Inputs(ViralScenario scenario, UncertainQuantity energy, UncertainQuantity pue, List<UncertainQuantity> intensities,
                          SimulationWater water) {
        boolean uncertain() {
            return !energy.isPoint() || !pue.isPoint() || intensities.stream().anyMatch(i -> !i.isPoint());
        }
    }

    private static Inputs inputs(Declared d, RunContext ctx) {
        Properties p = d.effective();
        try {
            long users = (long) number(require(p, "users", "users 130M", Field.USERS), Field.USERS);
            int days = (int) Math.round(days(require(p, "days", "days 60", Field.DAYS), Field.DAYS));
            // no published default exists for these: they are required inputs
            FunctionValue curve = (FunctionValue) require(p, "adoption", "adoption bass(p = 0.05, q = 0.5, decay = 7)", Field.ADOPTION);
            Object perUser = require(p, "outputs_per_user", "outputs_per_user poisson(2)", Field.OUTPUTS_PER_USER);
            // a plain count is the mean of a Poisson draw: every user's day still varies, as it does in the engine
            FunctionValue f = perUser instanceof FunctionValue fv ? fv : null;
            double mean = number(f == null ? perUser : f.arguments().get("mean"), Field.OUTPUTS_PER_USER);
            OutputsPerUser outputs = f != null && f.function().equals("negbin")
                    ? OutputsPerUser.negativeBinomial(number(f.arguments().get("dispersion"), Field.OUTPUTS_PER_USER))
                    : OutputsPerUser.poisson();
            // the workload it derives from, estimated once for its energy per output and its PUE
            InferenceEstimate workload = fromWorkload(d) ? WorkloadBuilder.build(d, ctx).estimate() : null;
            UncertainQuantity energy = energy(d, p, workload);
            UncertainQuantity pue = pue(p, workload);
            List<RegionShare> regions = new ArrayList<>();
            List<UncertainQuantity> intensities = new ArrayList<>();
            List<Region> places = new ArrayList<>();
            regions(p, ctx, regions, intensities, places);
            ViralScenario s = new ViralScenario(d.name(), users, days, regions, tiers(p, mean), adoption(curve),
                    engagement(curve), outputs, Distribution.point(energy.centralBase()), Distribution.point(pue.centralBase()), Map.of());
            return new Inputs(s, energy, pue, intensities, water(p, places, "simulate " + d.name()));
        } catch (InputError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InputError(Field.WHOLE, "simulate " + d.name(), e.getMessage(), "");
        }
    }

    static Estimate estimate(Declared d, RunContext ctx) {
        Inputs in = inputs(d, ctx);
        ViralScenario s = in.scenario();
        Properties p = d.effective();
        long seed = p.has("seed") ? (long) number(p.get("seed"), Field.SEED) : ctx.settings().seed();
        int runs = p.has("runs") ? (int) number(p.get("runs"), Field.RUNS) : 1;
        List<SimulationResult> results = runs > 1 ? ensemble(d, s, runs, seed, ctx) : List.of(once(d, s, seed, ctx, p));
        if (runs == 1 && !in.uncertain()) return point(d, results.get(0), in.water());
        SimulationEstimate e = SimulationEstimate.of(s, results, in.energy(), in.pue(), in.intensities(), in.water());
        Statistics st = CoreEstimator.statistics(e, List.of(d), ctx);
        Report report = e.toReport(d.line(), st);
        Map<Measure, UncertainQuantity> values = Map.of(Measure.OUTPUTS, e.outputsValue(), Measure.ENERGY, e.energyValue(),
                Measure.CO2E, e.co2eValue(), Measure.WATER, e.waterValue());
        return new Estimate(d.name(), report.metrics(), values, report.table(), report.notes(), report);
    }

    private static SimulationResult once(Declared d, ViralScenario s, long seed, RunContext ctx, Properties p) {
        ViralSimulation.Engine engine = p.get("engine") instanceof Word w
                ? ViralSimulation.Engine.valueOf(w.text().toUpperCase(java.util.Locale.ROOT)) : ViralSimulation.Engine.AUTO;
        try {
            return ViralSimulation.run(s, engine, seed, Progressing.listener(ctx, "simulation " + d.name()));
        } catch (IllegalArgumentException e) {
            throw e instanceof InputError ie ? ie : new InputError(Field.ENGINE, e.getMessage(), "write engine aggregate");
        }
    }

    /** {@code runs} aggregate runs with seeds seed .. seed + runs − 1. */
    private static List<SimulationResult> ensemble(Declared d, ViralScenario s, int runs, long seed, RunContext ctx) {
        return SimulationEnsemble.results(s, runs, seed, org.gtrace.stdlib.uncertainty.ParallelBlocks.defaultThreads(),
                Progressing.listener(ctx, "simulation " + d.name()));
    }

    /** One run of point inputs: the run's own daily series by region. */
    private static Estimate point(Declared d, SimulationResult r, SimulationWater water) {
        Report report = SimulationReport.of(d.line(), r, water);
        Map<Measure, UncertainQuantity> values = Map.of(
                Measure.OUTPUTS, UncertainQuantity.of(Quantity.outputs(r.totalOutputs())),
                Measure.ENERGY, UncertainQuantity.of(Quantity.kWh(r.totalEnergyKWh())),
                Measure.CO2E, UncertainQuantity.of(Quantity.kgCO2e(r.totalCo2eKg())),
                Measure.WATER, UncertainQuantity.of(Quantity.litres(water.litres(r))));
        return new Estimate(d.name(), report.metrics(), values, report.table(), report.notes(), report);
    }

    /**
     * Energy per output: the simulation's own, else the workload's as the core computes it (a
     * preset, the text model, an energy scaled by resolution or frames, with the host and idle
     * capacity added where the figure leaves them out), uncertain inputs included.
     */
    private static UncertainQuantity energy(Declared d, Properties p, InferenceEstimate workload) {
        if (simulationSetsEnergy(d) || workload == null) {
            UncertainQuantity e = Values.value(require(p, "energy", "energy 0.006 kWh", Field.ENERGY_PER_OUTPUT), Field.ENERGY_PER_OUTPUT);
            return Check.nonNegative(e.dimension().equals(Dimension.ENERGY) ? e.as(Dimension.ENERGY_PER_OUTPUT) : e,
                    Dimension.ENERGY_PER_OUTPUT, Field.ENERGY_PER_OUTPUT, "0.006 kWh");
        }
        return workload.servingEnergyPerOutputValue();
    }

    /**
     * The PUE the core applies to the workload this simulation derives from (none when the
     * per-output figure already includes facility overhead); without a workload, the one given,
     * else 1 (the energy per output taken as facility-level, which the report's PUE line shows).
     */
    private static UncertainQuantity pue(Properties p, InferenceEstimate workload) {
        if (workload != null) return workload.pueValue();
        return p.has("pue") ? Check.pue(p.amount("pue", Field.PUE), Field.PUE) : UncertainQuantity.number(1);
    }

    /** A simulation (or a scenario of one, at any depth) that derives from a workload. */
    private static boolean fromWorkload(Declared d) {
        for (Declared b = d.base(); b != null; b = b.base()) {
            if (b.is(Declared.Kind.WORKLOAD)) return true;
        }
        return false;
    }

    /** Whether a simulation in the chain, before its workload, sets the energy itself. */
    private static boolean simulationSetsEnergy(Declared d) {
        for (Declared s = d; s != null && s.is(Declared.Kind.SIMULATION); s = s.base()) {
            if (s.props().has("energy")) return true;
        }
        return false;
    }

    private static Object require(Properties p, String name, String example, Field field) {
        Object v = p.get(name);
        if (v == null) throw new InputError(field, "missing", "give it, for example " + example);
        return v;
    }

    private static double number(Object v, Field field) {
        if (v instanceof Number n) return n.doubleValue();
        return Values.point(v, field).base();
    }

    /** Days from a plain number (days) or a time (base unit hours). */
    private static double days(Object v, Field field) {
        Quantity q = Values.point(v, field);
        return q.dimension().equals(Dimension.TIME) ? q.base() / 24 : q.base();
    }

    private static AdoptionCurve adoption(FunctionValue f) {
        Map<String, Object> a = f.arguments();
        if (f.function().equals("bass")) return new AdoptionCurve.Bass(number(a.get("p"), Field.ADOPTION), number(a.get("q"), Field.ADOPTION));
        double width = days(a.get("width"), Field.ADOPTION);
        if (!(width > 0)) {
            throw new InputError(Field.ADOPTION, "width", "must be a positive number of days", "write logistic(peak = 10, width = 3)");
        }
        return new AdoptionCurve.Logistic(1 / width, days(a.get("peak"), Field.ADOPTION));
    }

    private static Engagement engagement(FunctionValue f) {
        Map<String, Object> a = f.arguments();
        double ceiling = a.containsKey("ceiling") ? number(a.get("ceiling"), Field.ADOPTION) : 1;
        double decay = a.containsKey("decay") ? days(a.get("decay"), Field.ADOPTION) : Double.POSITIVE_INFINITY;
        return new Engagement(ceiling, decay);
    }

    private static List<Tier> tiers(Properties p, double mean) {
        if (!p.has("cap")) return List.of(new Tier("all", 1, mean, 0));
        int cap = (int) number(p.get("cap"), Field.CAP);
        double share = p.has("capped_share") ? number(p.get("capped_share"), Field.CAPPED_SHARE) : 1;
        if (share >= 1) return List.of(new Tier("capped", 1, mean, cap));
        if (share <= 0) return List.of(new Tier("uncapped", 1, mean, 0));
        return List.of(new Tier("capped", share, mean, cap), new Tier("uncapped", 1 - share, mean, 0));
    }

    /** The regional split the engines run (central shares and intensities) and each region's intensity as a model input. */
    private static void regions(Properties p, RunContext ctx, List<RegionShare> out, List<UncertainQuantity> intensities,
                                List<Region> places) {
        RegionTable table = UserRegions.table(ctx);
        if (p.has("intensity")) {
            UncertainQuantity i = Check.nonNegative(p.amount("intensity", Field.INTENSITY), Dimension.INTENSITY,
                    Field.INTENSITY, "429 g/kWh");
            out.add(RegionShare.of("given intensity", 1, i.centralBase()));
            intensities.add(i);
            // an intensity without a place: the water rates are the world's
            places.add(table.world());
            return;
        }
        GridBasis basis = p.has("basis") ? p.basis("basis") : null;
        Object region = p.has("region") ? p.get("region") : ctx.settings().get("region").orElse(null);
        if (region instanceof Shares s) {
            if (s.uncertain()) {
                throw new InputError(Field.REGION_SHARES, "a simulation's regional split is a split of its users, written as shares",
                        "give each region a share such as 60%");
            }
            s.byRegion().forEach((name, share) -> places.add(add(out, intensities, name, share.centralBase(), table.lookup(name), basis)));
        } else if (region != null) {
            String name = Values.word(region);
            places.add(add(out, intensities, name, 1, table.lookup(name), basis));
        } else {
            places.add(add(out, intensities, "world", 1, table.world(), basis));
        }
    }

    /** Each region's water rates, as a workload's: the user's wue and water_offsite, else the region's, else the stand-ins. */
    private static SimulationWater water(Properties p, List<Region> places, String where) {
        UncertainQuantity onGiven = p.has("wue") ? p.amount("wue", Field.WUE_ONSITE) : null;
        UncertainQuantity offGiven = p.has("water_offsite") ? p.amount("water_offsite", Field.WUE_OFFSITE) : null;
        List<UncertainQuantity> on = new ArrayList<>(), off = new ArrayList<>();
        List<String> noOnsite = new ArrayList<>(), worldOffsite = new ArrayList<>();
        for (Region r : places) {
            RegionWater.Rate onRate = RegionWater.onsite(r, onGiven, Source.userInput(where));
            RegionWater.Rate offRate = RegionWater.offsite(r, offGiven, Source.userInput(where));
            if (onRate.fallback()) noOnsite.add(r.id());
            if (offRate.fallback()) worldOffsite.add(r.id());
            on.add(Check.nonNegative(onRate.litresPerKwh(), Dimension.WATER_PER_ENERGY, Field.WUE_ONSITE, "wue 0.3 L/kWh"));
            off.add(Check.nonNegative(offRate.litresPerKwh(), Dimension.WATER_PER_ENERGY, Field.WUE_OFFSITE, "water_offsite 3 L/kWh"));
        }
        return new SimulationWater(on, off, RegionWater.notes(noOnsite, worldOffsite, places.size()));
    }

    private static Region add(List<RegionShare> out, List<UncertainQuantity> intensities, String name, double share, Region r,
                              GridBasis basis) {
        GridIntensity g = basis == null ? r.intensity() : r.intensity(basis);
        out.add(RegionShare.of(name, share, g.kgPerKwh()));
        intensities.add(g.draws());
        return r;
    }

}
