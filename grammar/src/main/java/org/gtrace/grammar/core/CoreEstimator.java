package org.gtrace.grammar.core;

import java.util.List;
import org.gtrace.grammar.compile.Estimate;
import org.gtrace.grammar.compile.Estimator;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.equivalents.Equivalents;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.lifecycle.Lifecycle;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.units.Quantity;

/**
 * The estimator backed by the stdlib: workloads through {@code inference.Workload}, training
 * runs through {@code training.TrainingRun}. Kinds the core does not estimate yet raise an
 * InputError that names what is missing.
 */
public final class CoreEstimator implements Estimator {

    @Override
    public void validate(Declared thing, RunContext ctx) {
        switch (thing.kind()) {
            case "workload" -> WorkloadBuilder.build(thing, ctx).estimate();
            case "training" -> TrainingBuilder.build(thing, ctx).estimate();
            case "region" -> UserRegions.build(thing, UserRegions.table(ctx));
            case "simulation" -> SimulationBuilder.scenario(thing, ctx);
            default -> { }
        }
    }

    @Override
    public Report describeRegion(String region, RunContext ctx, int line) {
        org.gtrace.stdlib.grid.Region r = UserRegions.table(ctx).lookup(region);
        StringBuilder md = new StringBuilder("**").append(r.name()).append("** (`").append(r.id()).append("`)\n\n");
        for (var g : r.grids()) md.append("- ").append(g.describe()).append(" — ").append(g.source().line()).append('\n');
        return new Report(line, r.id(), "Region " + r.id(), List.of(Metric.point("grid intensity", "intensity_kg_per_kwh",
                r.intensity().value(), null)), null, List.of(), md.toString(), List.of());
    }

    @Override
    public Estimate estimate(Declared thing, RunContext ctx) {
        return switch (thing.kind()) {
            case "workload" -> UncertaintyPropagation.apply(thing, inference(WorkloadBuilder.build(thing, ctx).estimate(), thing), ctx);
            case "simulation" -> SimulationBuilder.estimate(thing, ctx);
            case "training" -> UncertaintyPropagation.apply(thing, training(TrainingBuilder.build(thing, ctx).estimate(), thing), ctx,
                    changed -> TrainingBuilder.build(changed, ctx).estimate().toReport(0).metrics());
            default -> throw new InputError(thing.kind(), "cannot estimate a " + thing.kind(),
                    "declare a workload or a training run");
        };
    }

    private static Estimate inference(InferenceEstimate e, Declared d) {
        List<Metric> metrics = List.of(Metric.point("energy", "energy_kwh", e.energy(), e.energyDerivation()),
                Metric.point("CO2e", "co2e_kg", e.co2e(), e.co2eDerivation()),
                Metric.point("water", "water_l", e.water(), e.waterDerivation()),
                Metric.point("outputs", "outputs", e.outputs(), null));
        return new Estimate(d.name(), metrics, e::table, e.notes(), () -> e.toReport(d.line()));
    }

    private static Estimate training(TrainingEstimate e, Declared d) {
        List<Metric> metrics = List.of(Metric.point("energy", "energy_kwh", e.energy(), e.energyDerivation()),
                Metric.point("CO2e", "co2e_kg", e.co2e(), e.co2eDerivation()));
        return new Estimate(d.name(), metrics, null, e.notes(), () -> e.toReport(d.line()));
    }

    @Override
    public Report lifecycle(Declared training, List<Declared> serving, Quantity lifetimeOutputs, RunContext ctx, int line) {
        Lifecycle l = Lifecycle.of(training.name()).training(TrainingBuilder.build(training, ctx).estimate());
        for (Declared w : serving) {
            if (w.kind().equals("simulation")) {
                // a simulated trend serves its run's outputs
                Estimate run = SimulationBuilder.estimate(w, ctx);
                l.inference(metric(run, "energy_kwh"), metric(run, "co2e_kg"), metric(run, "outputs"));
            } else if (w.kind().equals("workload")) {
                l.inference(WorkloadBuilder.build(w, ctx).estimate());
            } else {
                throw new InputError("lifecycle", "'" + w.name() + "' is a " + w.kind() + ", not a workload", "");
            }
        }
        if (lifetimeOutputs != null) {
            l.lifetimeOutputs(lifetimeOutputs.isDimensionless() ? Quantity.outputs(lifetimeOutputs.base()) : lifetimeOutputs);
        }
        Report r = l.estimate().toReport(line);
        boolean uncertain = java.util.stream.Stream.concat(java.util.stream.Stream.of(training), serving.stream())
                .anyMatch(d -> d.effective().values().stream().anyMatch(v -> v instanceof org.gtrace.grammar.runtime.Uncertain));
        if (!uncertain) return r;
        return r.withNote("uncertain inputs enter the lifecycle at their means; 'emissions NAME' gives each one's p5–p95");
    }

    private static Quantity metric(Estimate e, String key) {
        return e.metric(key).map(Metric::value).orElseThrow(() -> new InputError("lifecycle", e.subject() + " has no " + key, ""));
    }

    @Override
    public java.util.Optional<Metric> describe(org.gtrace.grammar.runtime.Uncertain u, String name, String key) {
        return java.util.Optional.of(UncertainInputs.metric(u, name, key));
    }

    @Override
    public Report assess(Declared target, java.util.Map<String, Object> props, RunContext ctx, int line) {
        return DeploymentBuilder.assess(target, props, ctx, line);
    }

    @Override
    public Report equivalents(String subject, Quantity energy, Quantity co2e, int line) {
        return Equivalents.of(subject, energy, co2e).toReport(line);
    }
}
