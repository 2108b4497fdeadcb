package org.gtrace.stdlib.lifecycle;

/**
 * Lifecycle equations on primitive doubles in base units (kgCO2e, outputs), for hot loops.
 * Each mirrors docs/methodology.md.
 */
public final class LifecycleEquations {

    private LifecycleEquations() {}

    /** Training emissions charged to each output: c_train = C_train / N_life (kgCO2e/output). */
    public static double amortisedPerOutput(double trainingKg, double lifetimeOutputs) {
        return trainingKg / lifetimeOutputs;
    }

    /** Inference share of the lifecycle total: C_inf / (C_inf + C_train). Zero when both are zero. */
    public static double inferenceShare(double inferenceKg, double trainingKg) {
        double total = inferenceKg + trainingKg;
        return total == 0 ? 0 : inferenceKg / total;
    }

    /** Outputs after which inference has emitted as much as training: N* = C_train / c_inf (outputs). */
    public static double breakEvenOutputs(double trainingKg, double inferenceKgPerOutput) {
        return trainingKg / inferenceKgPerOutput;
    }

    /** Lifecycle emissions per output: c_train + c_inf (kgCO2e/output). */
    public static double lifecyclePerOutput(double trainingKg, double lifetimeOutputs, double inferenceKgPerOutput) {
        return amortisedPerOutput(trainingKg, lifetimeOutputs) + inferenceKgPerOutput;
    }
}
