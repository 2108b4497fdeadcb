package org.gtrace.grammar.runtime;

/**
 * Told about long work (Monte Carlo, simulation) so a front end can show progress and cancel.
 * Long loops also honour the thread's interrupt flag.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(String task, double fraction) {
        }
    };

    /** {@code fraction} in 0..1 of {@code task} is done. Called at most every few tens of milliseconds. */
    void update(String task, double fraction);

    /** True when the user asked to stop; the work then ends with an Interrupted diagnostic. */
    default boolean cancelled() {
        return false;
    }
}
