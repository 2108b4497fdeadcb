package org.gtrace.stdlib.uncertainty;

/** A Monte Carlo run whose draws would not fit in memory; fewer samples or fewer banded results would. */
public final class SampleLimitError extends IllegalArgumentException {
    public SampleLimitError(String message) {
        super(message);
    }
}
