package org.gtrace.stdlib.uncertainty;

/**
 * A Monte Carlo run or a simulation stopped because its thread was interrupted (a user pressed
 * stop). Nothing partial is returned; the interrupt flag of the thread is set again.
 */
public final class CancelledException extends RuntimeException {
    public CancelledException(String what) {
        super(what + " was interrupted and stopped; no result was produced");
    }
}
