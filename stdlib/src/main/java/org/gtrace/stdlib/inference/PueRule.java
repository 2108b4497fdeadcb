package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.DisplayUnits;

/**
 * Decides which PUE multiplies a per-output figure. The boundary is part of the figure: PUE is
 * applied to IT-only figures (the user's or the cited default), never to a figure that already
 * includes facility overhead. A figure with no stated boundary is taken as given unless the user
 * gives a PUE, which then says the figure was IT energy.
 */
final class PueRule {

    /**
     * @param applied   the factor multiplied in (1 when none applies)
     * @param itDivisor what facility energy is divided by to give IT energy (for on-site water)
     */
    record Result(UncertainQuantity applied, UncertainQuantity itDivisor, String meaning, Source source, String note) {}

    private PueRule() {}

    static Result apply(EnergyPerOutput e, UncertainQuantity pue, String where) {
        EnergyBoundary b = e.boundary();
        UncertainQuantity one = UncertainQuantity.number(1);
        if (b.excludesFacilityOverhead()) {
            if (pue != null) {
                return new Result(pue, pue, "PUE (your input)", Source.userInput(where),
                        "PUE " + text(pue) + " applied: the per-output figure is " + b.description());
            }
            Figure d = InferenceDefaults.pue();
            UncertainQuantity dv = UncertainQuantity.number(d.value());
            return new Result(dv, dv, "PUE (default: " + d.subject() + ")", d.source(),
                    "PUE " + DisplayUnits.number(d.value()) + " applied (default " + d.id() + ", " + d.year()
                            + "): the per-output figure is " + b.description() + "; give pue to override");
        }
        if (b == EnergyBoundary.FACILITY) {
            return new Result(one, pue == null ? one : pue, "PUE not applied: the figure includes facility overhead", e.source(),
                    "PUE not applied: the per-output figure already includes facility overhead"
                            + (pue == null ? "" : "; your PUE only splits IT energy out for on-site water"));
        }
        if (pue != null) {
            return new Result(pue, pue, "PUE (your input)", Source.userInput(where),
                    "PUE " + text(pue) + " applied: the per-output energy given was taken as IT energy");
        }
        return new Result(one, one, "PUE not applied: the per-output energy is taken as given", Source.userInput(where),
                "PUE not applied: the per-output energy was taken as given (facility energy); give pue if it is IT energy only");
    }

    private static String text(UncertainQuantity pue) {
        return pue.isPoint() ? DisplayUnits.number(pue.centralBase()) : pue.describe();
    }
}
