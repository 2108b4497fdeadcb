package org.gtrace.stdlib.uncertainty;

/**
 * Told how far a long computation has got. Called on the thread that started the computation,
 * at most about a hundred times per run, with a fraction that never decreases and ends at 1.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = fraction -> { };

    /** {@code fractionDone} in [0, 1]. */
    void progress(double fractionDone);
}
