package org.gtrace.grammar.bind;

import org.gtrace.grammar.runtime.Progressing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.compile.Estimate;
import org.gtrace.grammar.compile.Estimator;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.Declared.Kind;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.equivalents.EquivalenceSet;
import org.gtrace.stdlib.equivalents.Equivalents;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.inference.SciScore;
import org.gtrace.stdlib.lifecycle.Lifecycle;
import org.gtrace.stdlib.lifecycle.LifecycleEstimate;
import org.gtrace.stdlib.report.Estimated;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.uncertainty.Correlation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * The estimator backed by the stdlib: workloads through {@code inference.Workload}, training
 * runs through {@code training.TrainingRun}, simulations through {@code simulation}. Uncertain
 * inputs are propagated by the core through its own formulas, once per statement, and every
 * number a statement shows comes from that one run.
 */
public final class CoreEstimator implements Estimator {

    @Override
    public void validate(Declared thing, RunContext ctx) {
        switch (thing.kind()) {
            case WORKLOAD -> WorkloadBuilder.build(thing, ctx).estimate();
            case TRAINING -> TrainingBuilder.build(thing, ctx).estimate();
            case REGION -> UserRegions.build(thing, UserRegions.table(ctx));
            case SIMULATION -> SimulationBuilder.scenario(thing, ctx);
        }
        Correlations.of(List.of(thing));
    }

    @Override
    public Report describeRegion(String region, RunContext ctx, int line) {
        org.gtrace.stdlib.grid.Region r = UserRegions.table(ctx).lookup(region);
        StringBuilder md = new StringBuilder("**").append(r.name()).append("** (`").append(r.id()).append("`)\n\n");
        for (var g : r.grids()) md.append("- ").append(g.describe()).append(" — ").append(g.source().line()).append('\n');
        return new Report(line, r.id(), "Region " + r.id(), List.of(Metric.point(Measure.GRID_INTENSITY, r.intensity().value(), null)),
                null, List.of(), md.toString(), List.of());
    }

    @Override
    public Estimate estimate(Declared thing, RunContext ctx) {
        return switch (thing.kind()) {
            case WORKLOAD -> inference(WorkloadBuilder.build(thing, ctx).estimate(), thing, ctx);
            case SIMULATION -> SimulationBuilder.estimate(thing, ctx);
            case TRAINING -> training(TrainingBuilder.build(thing, ctx).estimate(), thing, ctx);
            case REGION -> throw new InputError(Field.WHOLE, "region " + thing.name(), "a region uses no energy of its own",
                    "ask for the emissions of a workload or training run that uses it");
        };
    }

    /** The statistics of one run of an estimate's formulas with the session's seed and samples. */
    static Statistics statistics(Estimated e, List<Declared> declared, RunContext ctx) {
        return Statistics.of(e, ctx.settings().monteCarlo(), Correlations.of(declared), Progressing.listener(ctx, "Monte Carlo"));
    }

    /** A workload's estimate, shown: one Monte Carlo run of its formulas, its report and values. */
    static Estimate inference(InferenceEstimate e, Declared d, RunContext ctx) {
        Statistics s = statistics(e, List.of(d), ctx);
        Report r = e.toReport(d.line(), s);
        List<Metric> metrics = new ArrayList<>(r.metrics());
        if (metrics.stream().noneMatch(m -> m.measure() == Measure.OUTPUTS)) metrics.add(s.metric(Measure.OUTPUTS, e.outputsValue(), null));
        Map<Measure, UncertainQuantity> values = new LinkedHashMap<>();
        values.put(Measure.ENERGY, e.energyValue());
        values.put(Measure.CO2E, e.co2eValue());
        values.put(Measure.WATER, e.waterValue());
        values.put(Measure.OUTPUTS, e.outputsValue());
        return new Estimate(d.name(), metrics, values, () -> e.table(s), r.notes(), () -> r);
    }

    private static Estimate training(TrainingEstimate e, Declared d, RunContext ctx) {
        Statistics s = statistics(e, List.of(d), ctx);
        Report r = e.toReport(d.line(), s);
        return new Estimate(d.name(), r.metrics(), Map.of(Measure.ENERGY, e.energyValue(), Measure.CO2E, e.co2eValue()),
                () -> null, r.notes(), () -> r);
    }

    @Override
    public double outputs(Declared workload, RunContext ctx) {
        return WorkloadBuilder.outputs(workload.effective()).orElse(0.0);
    }

    @Override
    public Report sci(Declared workload, String unit, Quantity count, RunContext ctx, int line) {
        if (!workload.is(Kind.WORKLOAD)) {
            throw new InputError(Field.WHOLE, "sci", "'" + workload.name() + "' is a " + workload.kind().word() + ", not a workload",
                    "score a declared workload: sci chat per query");
        }
        InferenceEstimate e = WorkloadBuilder.build(workload, ctx).estimate();
        // "per 50K users": R is the 50,000 users the workload serves, and the score is per user
        String label = count == null ? unit : (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) + " (R = "
                + DisplayUnits.number(count.base()) + " " + unit + ")";
        SciScore s = SciScore.of(e, label, FunctionalUnits.count(workload, e, unit, count));
        return s.toReport(line, statistics(s, List.of(workload), ctx));
    }

    @Override
    public Report lifecycle(Declared training, List<Declared> serving, Quantity lifetimeOutputs, RunContext ctx, int line) {
        Lifecycle l = Lifecycle.of(training.name()).training(TrainingBuilder.build(training, ctx).estimate());
        for (Declared w : serving) {
            if (w.is(Kind.SIMULATION)) {
                // a simulated trend serves its run's outputs, energy and CO2e, as formulas of its model inputs
                Estimate run = SimulationBuilder.estimate(w, ctx);
                l.inference(value(run, Measure.ENERGY), value(run, Measure.CO2E), value(run, Measure.OUTPUTS));
            } else if (w.is(Kind.WORKLOAD)) {
                l.inference(WorkloadBuilder.build(w, ctx).estimate());
            } else {
                throw new InputError(Field.LIFECYCLE, "'" + w.name() + "' is a " + w.kind().word() + ", not a workload", "");
            }
        }
        if (lifetimeOutputs != null) {
            l.lifetimeOutputs(lifetimeOutputs.isDimensionless() ? Quantity.outputs(lifetimeOutputs.base()) : lifetimeOutputs);
        }
        LifecycleEstimate e = l.estimate();
        List<Declared> all = new ArrayList<>(serving);
        all.add(0, training);
        return e.toReport(line, statistics(e, all, ctx));
    }

    private static UncertainQuantity value(Estimate e, Measure m) {
        return e.value(m).orElseThrow(() -> new InputError(Field.LIFECYCLE, e.subject() + " has no " + m.label(), ""));
    }

    @Override
    public Report assess(Declared target, Properties props, RunContext ctx, int line) {
        return DeploymentBuilder.assess(target, props, ctx, line);
    }

    @Override
    public String gridKey(String region, RunContext ctx) {
        org.gtrace.stdlib.grid.Region r = UserRegions.table(ctx).lookup(region.strip());
        return r.kind() == org.gtrace.stdlib.grid.Region.Kind.CLOUD && !r.country().isEmpty() ? r.country() : r.id();
    }

    @Override
    public Report equivalents(String subject, Quantity energy, Quantity co2e, EquivalenceSet factors, int line) {
        return Equivalents.of(subject, energy, co2e, factors).toReport(line);
    }
}
