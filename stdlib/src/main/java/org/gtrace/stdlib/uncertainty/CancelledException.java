package org.gtrace.stdlib.uncertainty;

/**
 * A Monte Carlo run or a simulation stopped because its thread was interrupted (a user pressed
 * stop). Nothing partial is returned; the interrupt flag of the thread is set again.
 */
public final class CancelledException extends RuntimeException {
    public CancelledException(String what) {
        super(what + " was interrupted and stopped; no result was produced");
    }

    /** Stops {@code what} when its thread has been interrupted: long loops call it as they go. */
    public static void ifInterrupted(String what) {
        if (Thread.currentThread().isInterrupted()) throw new CancelledException(what);
    }
}
