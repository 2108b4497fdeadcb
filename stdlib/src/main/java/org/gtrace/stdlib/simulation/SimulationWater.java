package org.gtrace.stdlib.simulation;

import java.util.List;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;

/**
 * The water rates of a simulation's regions, in the scenario's region order: on-site (L per kWh of
 * IT energy, the data centre's WUE) and off-site (L per kWh of facility energy, the power plants'),
 * as for a workload: W = WUE_on × E / PUE + WUE_off × E. The notes say which were stand-ins.
 *
 * @param onsite  each region's on-site WUE (L/kWh)
 * @param offsite each region's off-site water intensity (L/kWh)
 * @param notes   what the rates stood in for
 */
public record SimulationWater(List<UncertainQuantity> onsite, List<UncertainQuantity> offsite, List<String> notes) {

    public SimulationWater {
        onsite = List.copyOf(onsite);
        offsite = List.copyOf(offsite);
        notes = List.copyOf(notes);
        if (onsite.size() != offsite.size()) throw new IllegalArgumentException("one on-site and one off-site rate per region");
    }

    /** Litres of one run at its own PUE, at the rates' central values. */
    public double litres(SimulationResult r) {
        double w = 0;
        for (int k = 0; k < onsite.size(); k++) {
            double perKwh = onsite.get(k).centralBase() / r.pue() + offsite.get(k).centralBase();
            for (int d = 0; d < r.days(); d++) w += r.energyKWh(d, k) * perKwh;
        }
        return w;
    }

    /** Water per unit of IT energy in region {@code k}: WUE_on + PUE × WUE_off, as a value of the formulas. */
    UncertainQuantity perItKwh(int k, UncertainQuantity pue) {
        return onsite.get(k).as(Dimension.NONE).plus(pue.as(Dimension.NONE).times(offsite.get(k).as(Dimension.NONE)));
    }
}
