package org.gtrace.spark;

/**
 * What one scan of a file found in a column: how many of its values are present, blank, numbers
 * (whole ones, and NaN or infinity among them), dates, times and times that name their zone.
 * A column's kind is decided from these, and only a flawed file is searched again for its first flaw.
 */
record Counts(long present, long blank, long numbers, long integers, long notFinite, long dates, long times, long zoned) {

    /** The aggregates of {@code quoted}, a string column, in the order of the record's components. */
    static String[] text(String quoted) {
        String t = "trim(" + quoted + ")";
        return new String[] {
            "count(" + quoted + ")",
            "count_if(" + t + " = '')",
            "count_if(" + Patterns.number(t) + ")",
            "count_if(" + Patterns.integer(t) + ")",
            "count_if(" + Patterns.notFinite(t) + ")",
            "count_if(" + Patterns.date(t) + ")",
            "count_if(" + Patterns.time(t) + ")",
            "count_if(" + Patterns.zoned(t) + ")",
        };
    }

    /** The aggregates of a typed column (Parquet): only whether values are present and, for floats, finite. */
    static String[] typed(String quoted, boolean floating) {
        String odd = floating ? "count_if(isnan(" + quoted + ") OR abs(" + quoted + ") = double('infinity'))" : "0L";
        return new String[] {"count(" + quoted + ")", "0L", "0L", "0L", odd, "0L", "0L", "0L"};
    }

    static Counts of(long[] v) {
        return new Counts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    static int width() {
        return 8;
    }
}
