package org.gtrace.kernel.cell;

import org.gtrace.kernel.jupyter.Bundle;

/** Where a running cell shows things. Safe to call from any thread. */
public interface Output {

    void display(Bundle bundle);

    /** Replaces what an earlier {@link #display} with the same display id showed. */
    void update(Bundle bundle);

    /** The cell's result (Out[n]). */
    void result(Bundle bundle);

    void stdout(String text);

    void stderr(String text);

    void clear(boolean wait);

    /** Long work reports how far it has got; shown with the cell's progress line. */
    default void progress(String task, double fraction) {
    }
}
