package org.gtrace.stdlib.telemetry;

import java.util.Locale;

/** How every engine words a filter value that does not read as its column's kind: one wording, whichever engine answers. */
public final class FilterText {

    private FilterText() {}

    /** "a number", "a time", "a date" or "text": what a value compared with a column of this SQL type must read as. */
    public static String kindOf(String sqlType) {
        return switch (sqlType.toUpperCase(Locale.ROOT)) {
            case "DOUBLE" -> "a number";
            case "TIMESTAMP", "TIMESTAMPTZ" -> "a time";
            case "DATE" -> "a date";
            default -> "text";
        };
    }

    /** How to write a value of that kind. */
    public static String hint(String kind) {
        return switch (kind) {
            case "a date" -> "write a date as 2025-03-25";
            case "a time" -> "write a time as 2025-03-25T14:00:00Z";
            case "a number" -> "write a number, with a unit where the column has one: requests >= 100, energy >= 1.5 kWh";
            default -> "";
        };
    }
}
