package org.gtrace.spark;

/**
 * How a value written in a file is read, as Spark SQL over the trimmed text, kept in one place:
 * the loader decides a column's kind by them and a filter's value is checked by them. They follow
 * what DuckDB's reader accepts, not Java's {@code Double.parseDouble} (which takes {@code 1.5d}).
 */
final class Patterns {

    static final String NUMBER = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$";
    static final String INTEGER = "^[+-]?[0-9]{1,18}$";
    static final String NOT_FINITE = "^[+-]?(nan|inf|infinity)$";
    static final String DATE = "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$";
    static final String TIME = "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([T ][0-9]{1,2}:[0-9]{2}.*)?$";
    static final String ZONED = "(Z|[+-][0-9][0-9](:?[0-9][0-9])?)$";

    private Patterns() {}

    /** {@code text} (SQL over a string) reads as a number: finite, or NaN or infinity written as words. */
    static String number(String text) {
        return "(" + text + " RLIKE '" + NUMBER + "' OR lower(" + text + ") RLIKE '" + NOT_FINITE + "')";
    }

    static String notFinite(String text) {
        return "lower(" + text + ") RLIKE '" + NOT_FINITE + "'";
    }

    static String integer(String text) {
        return text + " RLIKE '" + INTEGER + "'";
    }

    static String date(String text) {
        return "(" + text + " RLIKE '" + DATE + "' AND try_cast(" + text + " AS DATE) IS NOT NULL)";
    }

    /** A time Spark can read: a date and a time of day (a date alone, among times, is its midnight). */
    static String time(String text) {
        return "(" + text + " RLIKE '" + TIME + "' AND try_cast(" + text + " AS TIMESTAMP) IS NOT NULL)";
    }

    static String zoned(String text) {
        return text + " RLIKE '" + ZONED + "'";
    }
}
