/** Training runs: {@link org.gtrace.stdlib.training.TrainingRun} → {@link org.gtrace.stdlib.training.TrainingEstimate}; primitives in {@link org.gtrace.stdlib.training.TrainingEquations}. */
package org.gtrace.stdlib.training;
