package org.gtrace.stdlib.errors;

import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.UnitError;

/**
 * Validation of inputs at the core's boundary; every failure names the field and the fix.
 *
 * <p>An uncertain input must stay within its field's bounds too: its written band (a range's
 * ends; for an unbounded distribution the central 95.4%, a ±'s written band) must lie within them,
 * and the rare draws beyond are then drawn again ({@link Distribution#truncated}), so a share stays
 * a share and a PUE stays at least 1 in every draw. A computed value (a formula of several inputs)
 * cannot be cut, so its whole range must lie within the bounds.
 */
public final class Check {

    /** The part of an unbounded distribution taken as its written band: ±2σ of a normal. */
    private static final double BAND = 0.02275;

    private Check() {}

    /** The quantity must be present and of the expected dimension. */
    public static Quantity dimension(Quantity q, Dimension expected, Field field, String example) {
        if (q == null) throw new InputError(field, "missing", "give a value such as " + example);
        if (!q.dimension().equals(expected)) throw wrongDimension(field, expected, q.dimension(), q.format(), example);
        return q;
    }

    public static UncertainQuantity dimension(UncertainQuantity q, Dimension expected, Field field, String example) {
        if (q == null) throw new InputError(field, "missing", "give a value such as " + example);
        if (!q.dimension().equals(expected)) throw wrongDimension(field, expected, q.dimension(), q.format(), example);
        return q;
    }

    private static UnitError wrongDimension(Field field, Dimension expected, Dimension got, String value, String example) {
        return new UnitError(field.label() + ": needs " + expected.describe() + " but got " + got.describe()
                + " (" + value + "); write it like " + example);
    }

    /** Present, of the expected dimension, and not negative. */
    public static Quantity nonNegative(Quantity q, Dimension expected, Field field, String example) {
        dimension(q, expected, field, example);
        if (q.base() < 0) {
            throw new InputError(field, "must not be negative (got " + q.format() + ")", "give a value of 0 or more");
        }
        return q;
    }

    public static UncertainQuantity nonNegative(UncertainQuantity q, Dimension expected, Field field, String example) {
        dimension(q, expected, field, example);
        if (q.isPoint()) return UncertainQuantity.of(nonNegative(q.central(), expected, field, example));
        return within(q, 0, Double.POSITIVE_INFINITY, field, "give a range of values of 0 or more", false);
    }

    /** Present, of the expected dimension, and strictly positive. */
    public static Quantity positive(Quantity q, Dimension expected, Field field, String example) {
        dimension(q, expected, field, example);
        if (q.base() <= 0) {
            throw new InputError(field, "must be greater than 0 (got " + q.format() + ")", "give a positive value such as " + example);
        }
        return q;
    }

    public static UncertainQuantity positive(UncertainQuantity q, Dimension expected, Field field, String example) {
        dimension(q, expected, field, example);
        if (q.isPoint()) return UncertainQuantity.of(positive(q.central(), expected, field, example));
        if (q.low() <= 0 && q.formula() instanceof Formula.Input in && band(in.distribution())[0] > 0) {
            return within(q, Math.nextUp(0.0), Double.POSITIVE_INFINITY, field, "give a range of positive values such as " + example, false);
        }
        if (q.low() <= 0) {
            throw new InputError(field, "can reach " + format(q.low(), q.dimension(), false) + ", but must stay above 0",
                    "give a range of positive values such as " + example);
        }
        return q;
    }

    /** A PUE: a plain number of at least 1. */
    public static Quantity pue(Quantity q, Field field) {
        dimension(q, Dimension.NONE, field, "1.2");
        if (q.base() < 1) {
            throw new InputError(field, "PUE must be at least 1 (got " + DisplayUnits.number(q.base()) + ")",
                    "a PUE is total facility energy over IT energy; use 1 for no overhead");
        }
        return q;
    }

    public static UncertainQuantity pue(UncertainQuantity q, Field field) {
        dimension(q, Dimension.NONE, field, "1.2");
        if (q.isPoint()) return UncertainQuantity.of(pue(q.central(), field));
        return within(q, 1, Double.POSITIVE_INFINITY, field, "a PUE is at least 1; write a range such as 1.1 .. 1.3", false);
    }

    /** An overhead factor (a ratio of energies, at least 1), such as a host or idle factor. */
    public static UncertainQuantity atLeastOne(UncertainQuantity q, Field field, String example) {
        if (q == null) return null;
        dimension(q, Dimension.NONE, field, example);
        if (q.isPoint() && q.centralBase() < 1) {
            throw new InputError(field, "must be at least 1 (got " + DisplayUnits.number(q.centralBase()) + ")",
                    "it multiplies the energy by what the figure leaves out; write " + example + ", or 1 to add nothing");
        }
        return q.isPoint() ? q : within(q, 1, Double.POSITIVE_INFINITY, field, "a factor is at least 1; write a range such as 1.2 .. 1.6",
                false);
    }

    /** A fraction between 0 and 1 inclusive (a plain number; 60% parses to 0.6). */
    public static Quantity fraction(Quantity q, Field field) {
        return fraction(q, field, field.label());
    }

    /** The same, with the message beginning with {@code label} ("share of FRA"). */
    public static Quantity fraction(Quantity q, Field field, String label) {
        dimension(q, Dimension.NONE, field, "60%");
        if (q.base() < 0 || q.base() > 1) {
            throw new InputError(field, label, "must be between 0% and 100% (got " + DisplayUnits.number(q.base() * 100) + "%)",
                    "give a share such as 60% or 0.6");
        }
        return q;
    }

    public static UncertainQuantity fraction(UncertainQuantity q, Field field) {
        dimension(q, Dimension.NONE, field, "60%");
        if (q.isPoint()) return UncertainQuantity.of(fraction(q.central(), field));
        return within(q, 0, 1, field, "keep its range within 0% .. 100%, such as 70% .. 90%", true);
    }

    /** A finite primitive result; the hot-loop functions are plain arithmetic, so this guards their output. */
    public static double finite(double v, Field field) {
        if (!Double.isFinite(v)) {
            throw new InputError(field, "the result is not a finite number", "check the inputs for zeros and overflows");
        }
        return v;
    }

    /**
     * An uncertain value kept within {@code [min, max]}: a single input whose written band lies
     * inside is cut to the bounds; anything else must lie inside entirely.
     */
    private static UncertainQuantity within(UncertainQuantity q, double min, double max, Field field, String fix,
                                            boolean percent) {
        if (q.low() >= min && q.high() <= max) return q;
        if (q.formula() instanceof Formula.Input in) {
            double[] band = band(in.distribution());
            if (band[0] >= min && band[1] <= max) {
                Distribution cut = Distribution.truncated(in.distribution(), min, max);
                return new UncertainQuantity(Formula.input(in.key(), in.name(), cut), q.dimension());
            }
            throw outside(field, band[0], band[1], min, max, q.dimension(), fix, percent);
        }
        throw outside(field, q.low(), q.high(), min, max, q.dimension(), fix, percent);
    }

    /**
     * The band the value was written with: a range's ends, ±2σ of a distribution with a tail (a
     * lognormal's support starts at 0, but nobody wrote 0), narrowed by any cut.
     */
    private static double[] band(Distribution d) {
        if (d instanceof Distribution.Truncated t) {
            double[] b = band(t.base());
            return new double[] {Math.max(b[0], t.low()), Math.min(b[1], t.high())};
        }
        boolean tailed = Double.isInfinite(d.low()) || Double.isInfinite(d.high());
        return tailed ? new double[] {d.quantile(BAND), d.quantile(1 - BAND)} : new double[] {d.low(), d.high()};
    }

    private static InputError outside(Field field, double low, double high, double min, double max, Dimension d, String fix,
                                      boolean percent) {
        String bound = low < min ? "below " + format(min, d, percent) + ", the least allowed"
                : "above " + format(max, d, percent) + ", the most allowed";
        return new InputError(field, "the uncertain value reaches " + format(low, d, percent) + " .. "
                + format(high, d, percent) + ", " + bound, fix);
    }

    private static String format(double base, Dimension d, boolean percent) {
        if (percent) return DisplayUnits.number(base * 100) + "%";
        if (d.isDimensionless()) return DisplayUnits.number(base);
        return new Quantity(base, d).format();
    }
}
