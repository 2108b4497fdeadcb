package org.gtrace.grammar.bind;

import java.util.List;
import java.util.Optional;
import org.gtrace.grammar.compile.Estimate;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.RegionResult;
import org.gtrace.stdlib.pyramid.Deployment;
import org.gtrace.stdlib.pyramid.Pyramid;
import org.gtrace.stdlib.pyramid.PyramidReport;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * {@code assess WORKLOAD|SIMULATION < budget 2 g/output; telemetry; disclosure; routing 30%; … >} → the
 * stdlib's pyramid assessment. What the workload estimates (outputs, facility energy per output,
 * regions and their intensities) comes from the core; what the deployment practises comes from
 * the block. A workload that names no region counts as regions unknown unless
 * {@code regions_known} says otherwise.
 */
public final class DeploymentBuilder {
    private DeploymentBuilder() {}

    /** The assessment report of {@code workload} with the assess block's properties. */
    public static Report assess(Declared workload, Properties props, RunContext ctx, int line) {
        boolean simulated = workload.is(Declared.Kind.SIMULATION);
        if (!workload.is(Declared.Kind.WORKLOAD) && !simulated) {
            throw new InputError(Field.ASSESSMENT, "'" + workload.name() + "' is a " + workload.kind().word() + ", not a workload",
                    "assess a declared workload or simulation");
        }
        // the grid split and PUE come from the workload; a simulation's volume and energy from its run
        InferenceEstimate e = WorkloadBuilder.build(workload, ctx).estimate();
        // the gates read the same numbers 'emissions' shows: means when inputs are uncertain
        Estimate shown = simulated ? SimulationBuilder.estimate(workload, ctx) : CoreEstimator.inference(e, workload, ctx);
        double outputs = shown.metric(Measure.OUTPUTS).map(m -> m.value().base()).orElse(0.0);
        double energy = shown.metric(Measure.ENERGY).map(m -> m.value().base()).orElse(0.0);
        Deployment.Builder b = Deployment.builder(workload.name()).outputs(outputs);
        if (outputs > 0) b.energyPerOutputKWh(energy / outputs);
        boolean regionsDeclared = workload.has("region") || workload.has("intensity") || props.flag("regions_known");
        if (regionsDeclared) {
            for (RegionResult r : e.byRegion()) b.region(r.region().name(), r.centralShare(), r.grid().kgPerKwh());
        }
        b.telemetryCoverage(props.flag("telemetry") ? 1 : 0);
        b.publishesPerOutput(props.flag("disclosure")).publicDisclosure(props.flag("disclosure"));
        b.targetsTracked(props.flag("targets")).policyInPlace(props.flag("policy"));
        props.quantity("budget").ifPresent(q -> b.budgetGramsPerOutput(q.base() * 1000));
        props.quantity("routing").ifPresent(q -> b.carbonAwareShare(q.base()));
        // assess of a shift: the share moved and the CO2e saved are measured, not declared
        if (props.get("shift") instanceof org.gtrace.stdlib.grid.LoadShift.Result shift) b.shifted(shift.movedShare(), shift.savedShare());
        // the baseline is written like the workload's energy per output: put it on the same (facility) boundary
        props.quantity("baseline").ifPresent(q -> b.baselineEnergyPerOutputKWh(q.base() * e.layersValue().centralBase()));
        if (props.has("route_to")) {
            Region to = UserRegions.table(ctx).lookup(props.word("route_to"));
            b.routingCandidate(to.name(), to.intensity().kgPerKwh());
        }
        Report r = PyramidReport.of(line, Pyramid.assess(b.build()));
        Optional<Quantity> budget = props.quantity("budget");
        if (budget.isPresent()) r = withBudgetOdds(r, workload, shown, budget.get(), ctx);
        return props.has("renewable") ? r.withNote("'renewable' is recorded but no gate of this project's pyramid uses it yet.") : r;
    }

    /**
     * Under uncertainty, how often the budget holds: the share of joint draws whose CO2e per
     * output is within it (the gate itself reads the mean).
     */
    private static Report withBudgetOdds(Report r, Declared workload, Estimate shown, Quantity budget, RunContext ctx) {
        UncertainQuantity co2e = shown.value(Measure.CO2E).orElse(null), outputs = shown.value(Measure.OUTPUTS).orElse(null);
        if (co2e == null || outputs == null || co2e.isPoint() && outputs.isPoint() || !(outputs.low() > 0)) return r;
        Formula perOutput = co2e.formula().dividedBy(outputs.formula());
        double[] draws = Propagation.of(List.of(perOutput)).withCorrelations(Correlations.of(List.of(workload)))
                .run(ctx.settings().monteCarlo(), ProgressListener.NONE).draws(perOutput);
        double limit = budget.base(), within = 0;
        for (double d : draws) if (d <= limit) within++;
        return r.withNote(String.format(java.util.Locale.ROOT, "budget %s per output: met in %.0f%% of %,d joint draws of the"
                + " uncertain inputs (the gate reads the mean)", budget.format(), 100 * within / draws.length, draws.length));
    }
}
