package org.gtrace.stdlib.uncertainty;

import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.UnitError;

/**
 * A quantity that may be uncertain: a {@link Formula} over independent inputs, in base units, with
 * its dimension. Arithmetic checks dimensions as {@link Quantity} does and builds the formula, so
 * a value computed from uncertain inputs stays a function of them: {@code a.minus(a)} is exactly
 * zero, and propagating it draws each input once.
 *
 * <pre>{@code
 * UncertainQuantity e = UncertainQuantity.input("chat.energy", Distribution.range(0.002, 0.004), Dimension.ENERGY_PER_OUTPUT);
 * Workload.text("chat").outputs(Quantity.outputs(1e9)).energyPerOutput(e).estimate();
 * }</pre>
 */
public record UncertainQuantity(Formula formula, Dimension dimension) {

    public UncertainQuantity {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(dimension, "dimension");
    }

    /** A known value. */
    public static UncertainQuantity of(Quantity q) {
        return new UncertainQuantity(Formula.constant(q.base()), q.dimension());
    }

    /** A known value, or null for null (for optional inputs). */
    public static UncertainQuantity ofNullable(Quantity q) {
        return q == null ? null : of(q);
    }

    /** An independent uncertain input, in base units, identified by {@code key}. */
    public static UncertainQuantity input(String key, Distribution d, Dimension dimension) {
        return new UncertainQuantity(Formula.input(key, d), dimension);
    }

    public static UncertainQuantity number(double v) {
        return new UncertainQuantity(Formula.constant(v), Dimension.NONE);
    }

    /** The value with every input at its central value. */
    public Quantity central() {
        return new Quantity(formula.central(), dimension);
    }

    public double centralBase() {
        return formula.central();
    }

    /** True when nothing about it is uncertain. */
    public boolean isPoint() {
        return formula.isConstant();
    }

    /** The least value it can take, in base units. */
    public double low() {
        return formula.low();
    }

    /** The largest value it can take, in base units. */
    public double high() {
        return formula.high();
    }

    /** The same value read in another dimension of the same base unit (a count as outputs, kWh as kWh per output). */
    public UncertainQuantity as(Dimension d) {
        return new UncertainQuantity(formula, d);
    }

    public UncertainQuantity plus(UncertainQuantity o) {
        requireSame(o, "+");
        return new UncertainQuantity(formula.plus(o.formula), dimension);
    }

    public UncertainQuantity minus(UncertainQuantity o) {
        requireSame(o, "-");
        return new UncertainQuantity(formula.minus(o.formula), dimension);
    }

    public UncertainQuantity times(UncertainQuantity o) {
        return new UncertainQuantity(formula.times(o.formula), dimension.multiply(o.dimension));
    }

    public UncertainQuantity times(Quantity o) {
        return times(of(o));
    }

    public UncertainQuantity times(double k) {
        return new UncertainQuantity(formula.times(k), dimension);
    }

    /** Throws {@link DomainError} when the divisor can be zero. */
    public UncertainQuantity dividedBy(UncertainQuantity o) {
        return new UncertainQuantity(formula.dividedBy(o.formula), dimension.divide(o.dimension));
    }

    public UncertainQuantity negate() {
        return new UncertainQuantity(formula.negate(), dimension);
    }

    /** A dimensionless value to a constant power. */
    public UncertainQuantity pow(double k) {
        if (!dimension.isDimensionless() && k != 1) throw new UnitError("only a plain number can be raised to a power");
        return new UncertainQuantity(formula.pow(k), dimension);
    }

    private void requireSame(UncertainQuantity o, String op) {
        if (!dimension.equals(o.dimension)) {
            throw new UnitError("cannot apply '" + op + "' to " + dimension.describe() + " and " + o.dimension.describe());
        }
    }

    /** The value as text: the central value, and for an uncertain one how it is distributed. */
    public String format() {
        return isPoint() ? central().format() : central().format() + " (" + describe() + ")";
    }

    /**
     * How it was given, in a unit that reads well: "2 Wh .. 4 Wh", "1.2 ± 10%", or for a value
     * computed from several inputs, which ones.
     */
    public String describe() {
        if (isPoint()) return central().format();
        if (formula instanceof Formula.Input in) {
            Unit u = DisplayUnits.choose(dimension, centralBase());
            return in.distribution().describe(v -> u == null ? DisplayUnits.number(v) + unitless()
                    : DisplayUnits.number(u.fromBase(v)) + " " + u.symbol());
        }
        List<String> names = formula.inputs().stream().map(Formula.Input::name).toList();
        return names.isEmpty() ? "from runs of a simulation" : "from " + String.join(", ", names.size() > 4
                ? List.of(names.get(0), names.get(1), names.get(2), (names.size() - 3) + " more") : names);
    }

    private String unitless() {
        return dimension.isDimensionless() ? "" : " (" + dimension.describe() + ")";
    }

    @Override
    public String toString() {
        return format();
    }
}
