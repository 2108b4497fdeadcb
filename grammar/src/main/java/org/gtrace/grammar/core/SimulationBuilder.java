package org.gtrace.grammar.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.compile.Estimate;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.FunctionValue;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
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

    static ViralScenario scenario(Declared d, RunContext ctx) {
        Map<String, Object> p = d.effective();
        try {
            long users = (long) number(require(p, "users", "users 130M"), "users");
            int days = (int) Math.round(days(require(p, "days", "days 60"), "days"));
            // no published default exists for these: they are required inputs
            FunctionValue curve = (FunctionValue) require(p, "adoption", "adoption bass(p = 0.05, q = 0.5, decay = 7)");
            FunctionValue perUser = (FunctionValue) require(p, "outputs_per_user", "outputs_per_user poisson(2)");
            double mean = number(perUser.arguments().get("mean"), "outputs_per_user");
            OutputsPerUser outputs = perUser.function().equals("negbin")
                    ? OutputsPerUser.negativeBinomial(number(perUser.arguments().get("dispersion"), "dispersion"))
                    : OutputsPerUser.poisson();
            // the workload it derives from, estimated once for its energy per output and its PUE
            InferenceEstimate workload = fromWorkload(d) ? WorkloadBuilder.build(d, ctx).estimate() : null;
            Distribution energy = energy(d, p, workload);
            Distribution pue = pue(p, workload);
            return new ViralScenario(d.name(), users, days, regions(p, ctx), tiers(p, mean), adoption(curve),
                    engagement(curve), outputs, energy, pue, Map.of());
        } catch (InputError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InputError("simulate " + d.name(), e.getMessage(), "");
        }
    }

    static Estimate estimate(Declared d, RunContext ctx) {
        ViralScenario s = scenario(d, ctx);
        Map<String, Object> p = d.effective();
        long seed = p.containsKey("seed") ? (long) number(p.get("seed"), "seed") : ctx.settings().seed();
        int runs = p.containsKey("runs") ? (int) number(p.get("runs"), "runs") : 1;
        if (runs > 1) {
            Report band = SimulationEnsemble.run(s, runs, seed, org.gtrace.stdlib.uncertainty.ParallelBlocks.defaultThreads(),
                    Progressing.listener(ctx, "simulation " + d.name())).toReport(d.line());
            return new Estimate(d.name(), band.metrics(), band.table(), band.notes(), band);
        }
        ViralSimulation.Engine engine = p.get("engine") instanceof Word w
                ? ViralSimulation.Engine.valueOf(w.text().toUpperCase(java.util.Locale.ROOT)) : ViralSimulation.Engine.AUTO;
        SimulationResult r;
        try {
            r = ViralSimulation.run(s, engine, seed, Progressing.listener(ctx, "simulation " + d.name()));
        } catch (IllegalArgumentException e) {
            throw e instanceof InputError ie ? ie : new InputError("engine", e.getMessage(), "write engine aggregate");
        }
        Report report = SimulationReport.of(d.line(), r);
        return new Estimate(d.name(), report.metrics(), report.table(), report.notes(), report);
    }

    /**
     * Energy per output: the simulation's own, else the workload's as the core computes it (a
     * preset, the text model, an energy scaled by resolution or frames). A workload's plain
     * {@code energy} keeps its distribution; one the core transformed is its central value.
     */
    private static Distribution energy(Declared d, Map<String, Object> p, InferenceEstimate workload) {
        if (simulationSetsEnergy(d) || workload == null) {
            return UncertainInputs.of(require(p, "energy", "energy 0.006 kWh"), "energy");
        }
        double perOutput = workload.energyPerOutput().kwhPerOutput();
        Object given = p.get("energy");
        double central = given == null ? Double.NaN : Values.quantity(given, "energy").base();
        if (given != null && Math.abs(central - perOutput) <= 1e-12 * Math.max(1e-300, Math.abs(perOutput))) {
            return UncertainInputs.of(given, "energy");
        }
        return Distribution.point(perOutput);
    }

    /**
     * The PUE the core applies to the workload this simulation derives from (it applies none when
     * the per-output figure already includes facility overhead); without a workload, the one given,
     * else 1 (the energy per output taken as facility-level, which the report's PUE line shows).
     */
    private static Distribution pue(Map<String, Object> p, InferenceEstimate workload) {
        if (workload != null) {
            double applied = workload.pueApplied().base();
            Object given = p.get("pue");
            boolean uncertainApplied = given instanceof org.gtrace.grammar.runtime.Uncertain u
                    && Math.abs(u.central().base() - applied) < 1e-12;
            return uncertainApplied ? UncertainInputs.of(given, "pue") : Distribution.point(applied);
        }
        return p.containsKey("pue") ? UncertainInputs.of(p.get("pue"), "pue") : Distribution.point(1);
    }

    /** A simulation (or a scenario of one, at any depth) that derives from a workload. */
    private static boolean fromWorkload(Declared d) {
        for (Declared b = d.base(); b != null; b = b.base()) {
            if (b.kind().equals("workload")) return true;
        }
        return false;
    }

    /** Whether a simulation in the chain, before its workload, sets the energy itself. */
    private static boolean simulationSetsEnergy(Declared d) {
        for (Declared s = d; s != null && s.kind().equals("simulation"); s = s.base()) {
            if (s.props().containsKey("energy")) return true;
        }
        return false;
    }

    private static Object require(Map<String, Object> p, String name, String example) {
        Object v = p.get(name);
        if (v == null) throw new InputError(name, "missing", "give it, for example " + example);
        return v;
    }

    private static double number(Object v, String field) {
        if (v instanceof Quantity q) return q.base();
        if (v instanceof Number n) return n.doubleValue();
        return Values.quantity(v, field).base();
    }

    /** Days from a plain number (days) or a time (base unit hours). */
    private static double days(Object v, String field) {
        Quantity q = v instanceof Quantity x ? x : Values.quantity(v, field);
        return q.dimension().equals(Dimension.TIME) ? q.base() / 24 : q.base();
    }

    private static AdoptionCurve adoption(FunctionValue f) {
        Map<String, Object> a = f.arguments();
        if (f.function().equals("bass")) return new AdoptionCurve.Bass(number(a.get("p"), "p"), number(a.get("q"), "q"));
        double width = days(a.get("width"), "width");
        if (!(width > 0)) throw new InputError("width", "must be a positive number of days", "write logistic(peak = 10, width = 3)");
        return new AdoptionCurve.Logistic(1 / width, days(a.get("peak"), "peak"));
    }

    private static Engagement engagement(FunctionValue f) {
        Map<String, Object> a = f.arguments();
        double ceiling = a.containsKey("ceiling") ? number(a.get("ceiling"), "ceiling") : 1;
        double decay = a.containsKey("decay") ? days(a.get("decay"), "decay") : Double.POSITIVE_INFINITY;
        return new Engagement(ceiling, decay);
    }

    private static List<Tier> tiers(Map<String, Object> p, double mean) {
        if (!p.containsKey("cap")) return List.of(new Tier("all", 1, mean, 0));
        int cap = (int) number(p.get("cap"), "cap");
        double share = p.containsKey("capped_share") ? number(p.get("capped_share"), "capped_share") : 1;
        if (share >= 1) return List.of(new Tier("capped", 1, mean, cap));
        if (share <= 0) return List.of(new Tier("uncapped", 1, mean, 0));
        return List.of(new Tier("capped", share, mean, cap), new Tier("uncapped", 1 - share, mean, 0));
    }

    private static List<RegionShare> regions(Map<String, Object> p, RunContext ctx) {
        if (p.containsKey("intensity")) {
            return List.of(new RegionShare("given intensity", 1, UncertainInputs.of(p.get("intensity"), "intensity")));
        }
        RegionTable table = UserRegions.table(ctx);
        GridBasis basis = p.containsKey("basis") ? Values.basis(p.get("basis")) : null;
        Object region = p.containsKey("region") ? p.get("region") : ctx.settings().get("region").orElse(null);
        List<RegionShare> out = new ArrayList<>();
        if (region instanceof Shares s) {
            s.byRegion().forEach((name, share) -> out.add(RegionShare.of(name, share, intensity(table.lookup(name), basis))));
        } else if (region != null) {
            String name = Values.word(region);
            out.add(RegionShare.of(name, 1, intensity(table.lookup(name), basis)));
        } else {
            out.add(RegionShare.of("world", 1, intensity(table.world(), basis)));
        }
        return out;
    }

    private static double intensity(Region r, GridBasis basis) {
        return (basis == null ? r.intensity() : r.intensity(basis)).kgPerKwh();
    }
}
