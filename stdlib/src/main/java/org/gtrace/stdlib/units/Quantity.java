package org.gtrace.stdlib.units;

/**
 * A finite value with a dimension, held in the base unit of that dimension (kWh, h, kgCO2e, L,
 * outputs, tokens). NaN and infinity are rejected at construction, so they never leave the core.
 */
public record Quantity(double base, Dimension dimension) implements Comparable<Quantity> {

    public Quantity {
        if (!Double.isFinite(base)) {
            throw new UnitError("value is not a finite number (" + base + ") for " + dimension.describe()
                    + "; check for a division by zero or an overflow in the inputs");
        }
        if (base == 0.0) base = 0.0; // fold -0.0
    }

    public static Quantity of(double value, String unit) {
        return of(value, Units.parse(unit));
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(unit.toBase(value), unit.dimension());
    }

    /** Reads "0.006 kWh", "429 g/kWh", "2.1 MtCO2e", "4,200 MWh", "700M images" or a plain number. */
    public static Quantity parse(String text) {
        return QuantityParser.parse(text);
    }

    public static Quantity number(double value) {
        return new Quantity(value, Dimension.NONE);
    }

    public static Quantity kWh(double v) { return new Quantity(v, Dimension.ENERGY); }
    public static Quantity kgCO2e(double v) { return new Quantity(v, Dimension.CO2E); }
    public static Quantity litres(double v) { return new Quantity(v, Dimension.WATER); }
    public static Quantity hours(double v) { return new Quantity(v, Dimension.TIME); }
    public static Quantity outputs(double v) { return new Quantity(v, Dimension.OUTPUTS); }

    /** The value expressed in {@code unit}; throws if the dimensions differ. */
    public double in(String unit) {
        return in(Units.parse(unit));
    }

    public double in(Unit unit) {
        requireDimension(unit.dimension(), "conversion to " + unit.symbol());
        return unit.fromBase(base);
    }

    public Quantity plus(Quantity o) {
        requireSame(o, "+");
        return new Quantity(base + o.base, dimension);
    }

    public Quantity minus(Quantity o) {
        requireSame(o, "-");
        return new Quantity(base - o.base, dimension);
    }

    public Quantity times(Quantity o) {
        return new Quantity(base * o.base, dimension.multiply(o.dimension));
    }

    public Quantity times(double k) {
        return new Quantity(base * k, dimension);
    }

    public Quantity dividedBy(Quantity o) {
        if (o.base == 0) throw new UnitError("division by zero " + o.dimension.describe());
        return new Quantity(base / o.base, dimension.divide(o.dimension));
    }

    public boolean isDimensionless() {
        return dimension.isDimensionless();
    }

    /** Throws a {@link UnitError} naming both dimensions unless this one is {@code expected}. */
    public Quantity requireDimension(Dimension expected, String where) {
        if (!dimension.equals(expected)) {
            throw new UnitError(where + " needs " + expected.describe() + " but got " + dimension.describe());
        }
        return this;
    }

    private void requireSame(Quantity o, String op) {
        if (!dimension.equals(o.dimension)) {
            throw new UnitError("cannot " + (op.equals("+") ? "add " : "subtract ") + o.dimension.describe()
                    + (op.equals("+") ? " to " : " from ") + dimension.describe());
        }
    }

    @Override
    public int compareTo(Quantity o) {
        requireSame(o, "-");
        return Double.compare(base, o.base);
    }

    /** Reads well: "4,200 MWh", "2,020 tCO2e", "481 g/kWh". */
    public String format() {
        return DisplayUnits.format(base, dimension);
    }

    @Override
    public String toString() {
        return format();
    }
}
