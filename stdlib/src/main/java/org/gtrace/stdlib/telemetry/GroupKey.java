package org.gtrace.stdlib.telemetry;

/**
 * What rows are grouped by: a column's values, a bucket of the time column (hour, day …), or the
 * interval of a fixed clock the time falls in ({@code step} seconds from {@code origin}, as an
 * hourly grid's intervals), whose key is the interval's number. Bucket is null and step 0 for a column.
 */
public record GroupKey(String label, String column, Bucket bucket, long origin, long step) {

    public static GroupKey column(String column) {
        return new GroupKey(column, column, null, 0, 0);
    }

    public static GroupKey bucket(Bucket bucket, String timeColumn) {
        return new GroupKey(bucket.word(), timeColumn, bucket, 0, 0);
    }

    /** The interval number {@code floor((t - origin) / step)} of the time column, for matching to a grid's clock. */
    public static GroupKey interval(String timeColumn, long origin, long step) {
        if (step <= 0) throw new IllegalArgumentException("step must be positive: " + step);
        return new GroupKey("interval", timeColumn, null, origin, step);
    }

    public boolean isInterval() {
        return step > 0;
    }

    /** What rows are grouped by, once per row: a column's text, a bucket's number or date, an interval's number. */
    String cut() {
        String quoted = Sql.quote(column);
        if (isInterval()) return "CAST(floor((epoch(" + quoted + ") - " + origin + ") / " + step + ") AS BIGINT)";
        return bucket == null ? "CAST(" + quoted + " AS VARCHAR)" : bucket.cut(quoted);
    }

    /** The key as the answer writes it, once per group, from {@code cut}, the name of what {@link #cut} gave. */
    String label(String cut) {
        return bucket == null ? "CAST(" + cut + " AS VARCHAR)" : bucket.label(cut);
    }
}
