package org.gtrace.stdlib.equivalents;

import org.gtrace.stdlib.data.EquivalenceFactor;
import org.gtrace.stdlib.data.EquivalenceFactors;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * The three factors a result is expressed with: a bundled set (us, uk) with any of them replaced by
 * the user's own. Immutable; the {@code with…} methods return a new set.
 *
 * @param name       the bundled set the defaults came from
 * @param car        CO2e of one km driven (kgCO2e)
 * @param smartphone energy of one smartphone charge (kWh)
 * @param household  electricity of one household in a year (kWh)
 */
public record EquivalenceSet(String name, Factor car, Factor smartphone, Factor household) {

    /** The set used when none is chosen. */
    public static final String DEFAULT = "us";

    /**
     * One factor and where it came from.
     *
     * @param value  in base units (kgCO2e per km, kWh per charge, kWh per household-year)
     * @param what   what it is, for the derivation
     * @param source its provenance
     * @param as     how the source states it, when that is not the base unit ("0.393 kgCO2e/mile"), else ""
     */
    public record Factor(double value, String what, Source source, String as) {}

    public static EquivalenceSet defaults() {
        return bundled(DEFAULT);
    }

    /** A bundled set by name; an unknown name is an error that lists the sets. */
    public static EquivalenceSet bundled(String name) {
        return new EquivalenceSet(name, car(EquivalenceFactors.of(name, "car")),
                plain(EquivalenceFactors.of(name, "smartphone")), plain(EquivalenceFactors.of(name, "household")));
    }

    private static Factor car(EquivalenceFactor f) {
        if (f.unit().equals("kgCO2e/km")) return new Factor(f.value(), f.subject(), f.source(), "");
        if (!f.unit().equals("kgCO2e/mile")) throw new IllegalStateException(f.id() + ": a car factor in " + f.unit());
        return new Factor(f.value() / EquivalentEquations.KM_PER_MILE, f.subject(), f.source(),
                f.value() + " kgCO2e/mile ÷ " + EquivalentEquations.KM_PER_MILE + " km per mile");
    }

    private static Factor plain(EquivalenceFactor f) {
        return new Factor(f.value(), f.subject(), f.source(), "");
    }

    /** The user's CO2e per km driven, in place of the set's. */
    public EquivalenceSet withCar(Quantity co2ePerKm, String where) {
        double v = Check.positive(co2ePerKm, Dimension.CO2E, Field.EQUIVALENT_CAR, "car 0.17 kgCO2e").base();
        return new EquivalenceSet(name, new Factor(v, "CO2e per km driven", Source.userInput(where), ""), smartphone, household);
    }

    /** The user's energy per smartphone charge, in place of the set's. */
    public EquivalenceSet withSmartphone(Quantity perCharge, String where) {
        double v = Check.positive(perCharge, Dimension.ENERGY, Field.EQUIVALENT_SMARTPHONE, "smartphone 0.02 kWh").base();
        return new EquivalenceSet(name, car, new Factor(v, "energy per smartphone charge", Source.userInput(where), ""), household);
    }

    /** The user's yearly household electricity, in place of the set's. */
    public EquivalenceSet withHousehold(Quantity perYear, String where) {
        double v = Check.positive(perYear, Dimension.ENERGY, Field.EQUIVALENT_HOUSEHOLD, "household 2700 kWh").base();
        return new EquivalenceSet(name, car, smartphone, new Factor(v, "yearly electricity of one household", Source.userInput(where), ""));
    }
}
