package org.gtrace.stdlib.report;

import java.util.List;
import org.gtrace.stdlib.uncertainty.Formula;

/** An estimate whose values are formulas of its inputs, so their uncertainty can be propagated. */
public interface Estimated {

    /** The headline results (energy, CO2e, water): sensitivity is measured for these. */
    List<Formula> headline();

    /** Every value a report of this estimate shows: the headline, its breakdowns and its derivations' results. */
    List<Formula> formulas();

    /** The values a report shows with their p5–p95 band (the rest, such as table rows, as means). */
    default List<Formula> banded() {
        return formulas();
    }

    /**
     * The statistics of this estimate over joint draws of its uncertain inputs (its central values
     * when none is uncertain); pass them to its {@code toReport} to show them.
     */
    default Statistics propagate(org.gtrace.stdlib.uncertainty.MonteCarlo.Settings settings) {
        return Statistics.of(this, settings, List.of(), org.gtrace.stdlib.uncertainty.ProgressListener.NONE);
    }
}
