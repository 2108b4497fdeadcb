package org.gtrace.stdlib.grid;

import java.util.Objects;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * A grid carbon intensity with what it means: basis, year and source. Every grid figure in a
 * result carries one of these, so the output can say which basis and year it used.
 */
public record GridIntensity(Quantity value, GridBasis basis, int year, Source source) {

    public GridIntensity {
        Check.nonNegative(value, Dimension.INTENSITY, "intensity", "429 g/kWh");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
    }

    /** Intensity in kgCO2e/kWh (the base unit), for the primitive equations. */
    public double kgPerKwh() {
        return value.base();
    }

    /** "481 g/kWh (location-based, lifecycle, 2023)". */
    public String describe() {
        return value.format() + " (" + basis.describe() + (year > 0 ? ", " + year : "") + ")";
    }
}
