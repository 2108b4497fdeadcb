package org.gtrace.stdlib.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.training.TrainingRun;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final TrainingEstimate GPT3 = TrainingRun.named("gpt3").reportedEnergy(Quantity.of(1287, "MWh"))
            .intensity(Quantity.of(0.429, "kg/kWh")).estimate();
    private static final InferenceEstimate GHIBLI = Workload.image("ghibli").outputs(Quantity.outputs(700e6))
            .energyPerOutput(Quantity.of(0.006, "kWh")).intensity(Quantity.of(0.481, "kg/kWh")).estimate();

    @Test
    void shareBreakEvenAndAmortisation() {
        LifecycleEstimate l = Lifecycle.of("model").training(GPT3).inference(GHIBLI).estimate();
        // training 552,123 kg; inference 2,020,200 kg
        assertEquals(2_572_323, l.totalCo2e().base(), 1e-6);
        assertEquals(0.785360, l.inferenceShare().base(), 1e-6);
        // N* = 552,123 / (2,020,200 / 700M) = 191,310,811 outputs
        assertEquals(191_310_811, l.breakEvenOutputs().base(), 1);
        assertEquals(552_123 / 700e6, l.trainingPerOutput().base(), 1e-15);
        assertEquals(2, l.byPhase().rowCount());
        assertEquals("co2e_kg", l.toReport(1).metrics().get(1).key());
    }

    @Test
    void lifetimeOutputsOverrideTheWorkloadCount() {
        LifecycleEstimate l = Lifecycle.of("m").training(GPT3).inference(GHIBLI).lifetimeOutputs(Quantity.outputs(7e9)).estimate();
        assertEquals(552_123 / 7e9, l.trainingPerOutput().base(), 1e-15);
        assertEquals(LifecycleEquations.lifecyclePerOutput(552_123, 7e9, 2_020_200 / 700e6), l.lifecyclePerOutput().base(), 1e-15);
    }

    @Test
    void oneLifetimeCountsForTrainingAndInferenceAlike() {
        // the Ghibli workload serves 700M images; over 7B lifetime outputs inference is ten times its total, not its
        // 700M images beside training amortised over 7B (which gave 78.5% instead of 97.3%)
        LifecycleEstimate l = Lifecycle.of("m").training(GPT3).inference(GHIBLI).lifetimeOutputs(Quantity.outputs(7e9)).estimate();
        double inference = 10 * 2_020_200, training = 552_123;
        assertEquals(inference, l.inferenceCo2e().base(), 1);
        assertEquals(inference / (inference + training), l.inferenceShare().base(), 1e-9);
        assertEquals(10 * 4_200_000, l.inferenceEnergy().base(), 1e-3);
        assertTrue(l.notes().stream().anyMatch(n -> n.startsWith("inference scaled to the 7,000,000,000 lifetime outputs")),
                l.notes().toString());
    }

    @Test
    void needsBothPhases() {
        InputError e = assertThrows(InputError.class, () -> Lifecycle.of("m").training(GPT3).estimate());
        assertEquals("lifecycle: 'm' needs at least one training and one inference workload; "
                + "add the training run and the workload(s) it serves", e.getMessage());
    }
}
