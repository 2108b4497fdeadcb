package org.gtrace.stdlib.grid;

import java.util.Objects;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * A grid carbon intensity with what it means: basis, year and source. Every grid figure in a
 * result carries one of these, so the output can say which basis and year it used. A user's
 * figure may be uncertain ({@link #uncertain}); bundled figures are points.
 *
 * @param value     the intensity (its central value when uncertain)
 * @param basis     accounting basis
 * @param year      the year it refers to, 0 when not stated
 * @param source    where it comes from
 * @param uncertain the intensity as an uncertain value, or null for a point
 */
public record GridIntensity(Quantity value, GridBasis basis, int year, Source source, UncertainQuantity uncertain) {

    public GridIntensity {
        Check.nonNegative(value, Dimension.INTENSITY, Field.INTENSITY, "429 g/kWh");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        if (uncertain != null && uncertain.isPoint()) uncertain = null;
    }

    public GridIntensity(Quantity value, GridBasis basis, int year, Source source) {
        this(value, basis, year, source, null);
    }

    /** A figure that may be uncertain. */
    public static GridIntensity of(UncertainQuantity value, GridBasis basis, int year, Source source) {
        UncertainQuantity checked = Check.nonNegative(value, Dimension.INTENSITY, Field.INTENSITY, "429 g/kWh");
        return new GridIntensity(checked.central(), basis, year, source, checked);
    }

    /** Intensity in kgCO2e/kWh (the base unit), at its central value, for the primitive equations. */
    public double kgPerKwh() {
        return value.base();
    }

    /** The intensity as a value of the estimate's formulas. */
    public UncertainQuantity draws() {
        return uncertain != null ? uncertain : UncertainQuantity.of(value);
    }

    /** "481 g/kWh (location-based, lifecycle, 2023)". */
    public String describe() {
        String v = uncertain == null ? value.format() : uncertain.describe();
        return v + " (" + basis.describe() + (year > 0 ? ", " + year : "") + ")";
    }
}
