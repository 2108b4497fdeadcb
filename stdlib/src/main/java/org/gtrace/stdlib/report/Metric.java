package org.gtrace.stdlib.report;

import java.util.Objects;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;

/**
 * One headline number of a result: energy, CO2e, water, or any named quantity, with its spread
 * when inputs were uncertain and the derivation that explains it.
 *
 * @param name        what it is, as shown to a user ("energy", "CO2e", "water")
 * @param key         the JSON field stem in base units ("energy_kwh", "co2e_kg", "water_l")
 * @param value       the central value (the mean under uncertainty)
 * @param p5          5th percentile, or null for a point value
 * @param p50         median, or null
 * @param p95         95th percentile, or null
 * @param derivation  how it was obtained, or null
 * @param displayUnit the unit the user asked to see it in ({@code energy ghibli in GWh}), or null
 *                    to let {@link DisplayUnits} choose; display only, values stay in base units
 */
public record Metric(String name, String key, Quantity value, Quantity p5, Quantity p50, Quantity p95,
                     Derivation derivation, Unit displayUnit) {

    public Metric {
        Objects.requireNonNull(name);
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        if ((p5 == null) != (p95 == null) || (p5 == null) != (p50 == null)) {
            throw new IllegalArgumentException("p5, p50 and p95 come together");
        }
        if (displayUnit != null && !displayUnit.dimension().equals(value.dimension())) {
            throw new IllegalArgumentException(name + " is " + value.dimension().describe()
                    + " and cannot be shown in " + displayUnit.symbol());
        }
    }

    /** A metric shown in the unit {@link DisplayUnits} chooses. */
    public Metric(String name, String key, Quantity value, Quantity p5, Quantity p50, Quantity p95,
                  Derivation derivation) {
        this(name, key, value, p5, p50, p95, derivation, null);
    }

    public static Metric point(String name, String key, Quantity value, Derivation derivation) {
        return new Metric(name, key, value, null, null, null, derivation);
    }

    public boolean isUncertain() {
        return p5 != null;
    }

    /** The same metric shown in {@code unit} (which must have its dimension). */
    public Metric shownIn(Unit unit) {
        return new Metric(name, key, value, p5, p50, p95, derivation, unit);
    }

    /** The unit the central value is shown in: the one asked for, else the one that reads best; null when none fits. */
    public Unit unitShown() {
        return displayUnit != null ? displayUnit : DisplayUnits.choose(value.dimension(), value.base());
    }

    /**
     * {@code q} (this metric's value or one of its percentiles) as text: in the unit asked for,
     * or, when none was, in the unit that reads best for {@code q} itself ("4,200 MWh").
     */
    public String format(Quantity q) {
        if (displayUnit == null) return q.format();
        return DisplayUnits.number(displayUnit.fromBase(q.base())) + " " + displayUnit.symbol();
    }
}
