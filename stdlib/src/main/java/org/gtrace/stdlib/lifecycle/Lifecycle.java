package org.gtrace.stdlib.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * A model's lifecycle: its training run(s) and its inference workload(s). Training is amortised
 * over the outputs served in the model's life (by default, the outputs of the workloads given);
 * the result gives the inference share and the break-even output count.
 *
 * <pre>{@code
 * LifecycleEstimate l = Lifecycle.of("gpt").training(trainingEstimate).inference(inferenceEstimate)
 *         .lifetimeOutputs(Quantity.outputs(1e10)).estimate();
 * }</pre>
 */
public final class Lifecycle {

    private final String name;
    private final List<Served> trainings = new ArrayList<>();
    private final List<Served> inferences = new ArrayList<>();
    private UncertainQuantity lifetimeOutputs;

    private Lifecycle(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static Lifecycle of(String name) {
        return new Lifecycle(name);
    }

    public Lifecycle training(TrainingEstimate t) {
        Objects.requireNonNull(t);
        trainings.add(new Served(t.energyValue(), t.co2eValue(), null));
        return this;
    }

    public Lifecycle inference(InferenceEstimate i) {
        Objects.requireNonNull(i);
        inferences.add(new Served(i.energyValue(), i.co2eValue(), i.outputsValue()));
        return this;
    }

    /** Inference given by its totals, e.g. a simulated trend's energy, CO2e and outputs. */
    public Lifecycle inference(Quantity energy, Quantity co2e, Quantity outputs) {
        return inference(UncertainQuantity.of(energy), UncertainQuantity.of(co2e), UncertainQuantity.of(outputs));
    }

    /** Inference given by totals that may be uncertain (a simulation's, drawn with its model inputs). */
    public Lifecycle inference(UncertainQuantity energy, UncertainQuantity co2e, UncertainQuantity outputs) {
        inferences.add(new Served(Check.nonNegative(energy, Dimension.ENERGY, Field.LIFECYCLE, "4200 MWh"),
                Check.nonNegative(co2e, Dimension.CO2E, Field.LIFECYCLE, "2020 t"),
                Check.nonNegative(outputs, Dimension.OUTPUTS, Field.LIFECYCLE, "700M outputs")));
        return this;
    }

    /** What a phase adds up to: the only figures the lifecycle needs of a run or a workload (outputs null for training). */
    record Served(UncertainQuantity energy, UncertainQuantity co2e, UncertainQuantity outputs) {}

    /** Outputs over which training is amortised (defaults to the inference workloads' outputs). */
    public Lifecycle lifetimeOutputs(Quantity n) {
        this.lifetimeOutputs = Check.positive(UncertainQuantity.of(n), Dimension.OUTPUTS, Field.LIFETIME_OUTPUTS, "10B outputs");
        return this;
    }

    public LifecycleEstimate estimate() {
        if (trainings.isEmpty() || inferences.isEmpty()) {
            throw new InputError(Field.LIFECYCLE, "'" + name + "' needs at least one training and one inference workload",
                    "add the training run and the workload(s) it serves");
        }
        return LifecycleEstimate.compute(name, trainings, inferences, lifetimeOutputs);
    }
}
