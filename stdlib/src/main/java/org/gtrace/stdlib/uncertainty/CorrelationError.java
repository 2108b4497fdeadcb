package org.gtrace.stdlib.uncertainty;

/** Correlations that cannot be drawn: an input correlated with itself, a coefficient out of range, a set that cannot all hold. */
public final class CorrelationError extends IllegalArgumentException {
    public CorrelationError(String message) {
        super(message);
    }
}
