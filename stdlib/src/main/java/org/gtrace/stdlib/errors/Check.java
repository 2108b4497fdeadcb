package org.gtrace.stdlib.errors;

import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.UnitError;

/** Validation of inputs at the core's boundary; every failure names the field and the fix. */
public final class Check {

    private Check() {}

    /** The quantity must be present and of the expected dimension. */
    public static Quantity dimension(Quantity q, Dimension expected, String field, String example) {
        if (q == null) throw new InputError(field, "missing", "give a value such as " + example);
        if (!q.dimension().equals(expected)) {
            throw new UnitError(field + ": needs " + expected.describe() + " but got " + q.dimension().describe()
                    + " (" + q.format() + "); write it like " + example);
        }
        return q;
    }

    /** Present, of the expected dimension, and not negative. */
    public static Quantity nonNegative(Quantity q, Dimension expected, String field, String example) {
        dimension(q, expected, field, example);
        if (q.base() < 0) {
            throw new InputError(field, "must not be negative (got " + q.format() + ")", "give a value of 0 or more");
        }
        return q;
    }

    /** Present, of the expected dimension, and strictly positive. */
    public static Quantity positive(Quantity q, Dimension expected, String field, String example) {
        dimension(q, expected, field, example);
        if (q.base() <= 0) {
            throw new InputError(field, "must be greater than 0 (got " + q.format() + ")", "give a positive value such as " + example);
        }
        return q;
    }

    /** A PUE: a plain number of at least 1. */
    public static Quantity pue(Quantity q, String field) {
        dimension(q, Dimension.NONE, field, "1.2");
        if (q.base() < 1) {
            throw new InputError(field, "PUE must be at least 1 (got " + DisplayNumber.of(q.base()) + ")",
                    "a PUE is total facility energy over IT energy; use 1 for no overhead");
        }
        return q;
    }

    /** A fraction between 0 and 1 inclusive (a plain number; 60% parses to 0.6). */
    public static Quantity fraction(Quantity q, String field) {
        dimension(q, Dimension.NONE, field, "60%");
        if (q.base() < 0 || q.base() > 1) {
            throw new InputError(field, "must be between 0% and 100% (got " + DisplayNumber.percent(q.base()) + ")",
                    "give a share such as 60% or 0.6");
        }
        return q;
    }

    /** A finite primitive result; the hot-loop functions are plain arithmetic, so this guards their output. */
    public static double finite(double v, String field) {
        if (!Double.isFinite(v)) {
            throw new InputError(field, "the result is not a finite number", "check the inputs for zeros and overflows");
        }
        return v;
    }

    /** Small number formatting for messages. */
    static final class DisplayNumber {
        private DisplayNumber() {}

        static String of(double v) {
            return org.gtrace.stdlib.units.DisplayUnits.number(v);
        }

        static String percent(double v) {
            return org.gtrace.stdlib.units.DisplayUnits.number(v * 100) + "%";
        }
    }
}
