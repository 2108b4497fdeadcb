package org.gtrace.stdlib.units;

/** A value or unit that does not fit where it is used; the message says what would. */
public final class UnitError extends IllegalArgumentException {
    public UnitError(String message) {
        super(message);
    }
}
