package org.gtrace.kernel.dsl;

/** Told how far long work (Monte Carlo, simulation) has got: {@code fraction} in 0..1 of {@code task}. */
@FunctionalInterface
public interface WorkProgress {

    WorkProgress NONE = (task, fraction) -> { };

    void update(String task, double fraction);
}
