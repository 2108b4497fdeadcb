/**
 * Inference workloads: build with {@link org.gtrace.stdlib.inference.Workload}, get an
 * {@link org.gtrace.stdlib.inference.InferenceEstimate} (every intermediate value, derivations,
 * region table, {@code toReport}); the equations on primitives are in
 * {@link org.gtrace.stdlib.inference.InferenceEquations}.
 */
package org.gtrace.stdlib.inference;
