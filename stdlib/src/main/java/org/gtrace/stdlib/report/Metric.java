package org.gtrace.stdlib.report;

import java.util.Objects;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;

/**
 * One headline number of a result: energy, CO2e, water, or any named quantity, with its spread
 * when inputs were uncertain and the derivation that explains it.
 *
 * @param measure     what it measures (its JSON field is {@code measure.key()})
 * @param name        what it is, as shown to a user ("energy", "CO2e", "water", a let's name)
 * @param value       the value: for an uncertain result, the Monte Carlo mean
 * @param band        p5/p50/p95 and the standard error of an uncertain result, or null for a point
 * @param derivation  how it was obtained, or null
 * @param displayUnit the unit the user asked to see it in ({@code energy ghibli in GWh}), or null
 *                    to let {@link DisplayUnits} choose; display only, values stay in base units
 */
public record Metric(Measure measure, String name, Quantity value, Band band, Derivation derivation, Unit displayUnit) {

    public Metric {
        Objects.requireNonNull(measure);
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
        if (displayUnit != null && !displayUnit.dimension().equals(value.dimension())) {
            throw new IllegalArgumentException(name + " is " + value.dimension().describe()
                    + " and cannot be shown in " + displayUnit.symbol());
        }
    }

    public static Metric point(Measure measure, Quantity value, Derivation derivation) {
        return new Metric(measure, measure.label(), value, null, derivation, null);
    }

    public static Metric point(Measure measure, String name, Quantity value, Derivation derivation) {
        return new Metric(measure, name, value, null, derivation, null);
    }

    /** The mean and band of a Monte Carlo result, in {@code value}'s dimension. */
    public static Metric of(Measure measure, String name, McResult r, org.gtrace.stdlib.units.Dimension d, Derivation derivation) {
        return new Metric(measure, name, new Quantity(r.mean(), d), Band.of(r, d), derivation, null);
    }

    /** The JSON field stem in base units ("energy_kwh"). */
    public String key() {
        return measure.key();
    }

    public boolean isUncertain() {
        return band != null;
    }

    public Quantity p5() {
        return band == null ? null : band.p5();
    }

    public Quantity p50() {
        return band == null ? null : band.p50();
    }

    public Quantity p95() {
        return band == null ? null : band.p95();
    }

    /** The Monte Carlo standard error of the mean, or null for a point. */
    public Quantity standardError() {
        return band == null ? null : band.standardError();
    }

    /** The same metric shown in {@code unit} (which must have its dimension). */
    public Metric shownIn(Unit unit) {
        return new Metric(measure, name, value, band, derivation, unit);
    }

    public Metric withName(String newName) {
        return new Metric(measure, newName, value, band, derivation, displayUnit);
    }

    public Metric withDerivation(Derivation d) {
        return new Metric(measure, name, value, band, d, displayUnit);
    }

    /** The unit the central value is shown in: the one asked for, else the one that reads best; null when none fits. */
    public Unit unitShown() {
        return displayUnit != null ? displayUnit : DisplayUnits.choose(value.dimension(), value.base());
    }

    /**
     * {@code q} (this metric's value, one of its percentiles or its standard error) as text, in
     * the unit its value is shown in ("4,200 MWh"), so a line of them reads in one unit. An
     * uncertain value keeps only the digits its standard error supports.
     */
    public String format(Quantity q) {
        double resolution = band == null ? 0 : band.standardError().base();
        Unit u = unitShown();
        if (u == null) return DisplayUnits.format(q, resolution);
        return DisplayUnits.number(u.fromBase(q.base()), u.fromBase(resolution)) + " " + u.symbol();
    }

    /** The standard error as text in the value's unit, to two significant digits ("± 6.5 MWh"), or "" for a point. */
    public String formatError() {
        // a result the same in every draw (tokens per token) has only floating-point noise for an error
        if (band == null || !(band.standardError().base() > 1e-12 * Math.abs(value.base()))) return "";
        Unit u = unitShown();
        double se = band.standardError().base();
        return u == null ? DisplayUnits.number(se, se / 10) : DisplayUnits.number(u.fromBase(se), u.fromBase(se) / 10) + " " + u.symbol();
    }
}
