package org.gtrace.stdlib.uncertainty;

/**
 * An operation whose result would have no finite mean, or no value at all, for some of the values
 * its operands can take: a division by something whose range includes zero, the logarithm of
 * something that can be zero or negative, a fractional power of something that can be negative.
 * Raised when the formula is written, before anything is drawn.
 */
public final class DomainError extends IllegalArgumentException {

    /** Which rule was broken. */
    public enum Kind { DIVISOR, LOGARITHM, POWER }

    private final Kind kind;
    private final double low;
    private final double high;

    private DomainError(Kind kind, double low, double high, String message) {
        super(message);
        this.kind = kind;
        this.low = low;
        this.high = high;
    }

    static DomainError divisor(double low, double high) {
        String range = low == high ? "is zero" : "can be anything from " + Numbers.text(low) + " to " + Numbers.text(high)
                + ", zero included";
        return new DomainError(Kind.DIVISOR, low, high, "the divisor " + range
                + (low == high ? "" : ", so the ratio has no finite mean (its draws near zero make it as large as you like)"));
    }

    static DomainError logarithm(double low, double high) {
        return new DomainError(Kind.LOGARITHM, low, high, "the logarithm's argument can be as low as " + Numbers.text(low)
                + ", and the logarithm of zero or a negative number is not defined");
    }

    static DomainError power(double low, double high, double k) {
        return new DomainError(Kind.POWER, low, high, "the base can be anything from " + Numbers.text(low) + " to "
                + Numbers.text(high) + ", and raising " + (k < 0 ? "zero to a negative power" : "a negative number to the power "
                + Numbers.text(k)) + " is not defined");
    }

    public Kind kind() {
        return kind;
    }

    /** The least value the offending operand can take (base units). */
    public double low() {
        return low;
    }

    /** The largest value the offending operand can take (base units). */
    public double high() {
        return high;
    }
}
