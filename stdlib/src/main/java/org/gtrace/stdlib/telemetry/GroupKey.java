package org.gtrace.stdlib.telemetry;

/** What rows are grouped by: a column's values, or a bucket of the time column (bucket null for a column). */
public record GroupKey(String label, String column, Bucket bucket) {

    public static GroupKey column(String column) {
        return new GroupKey(column, column, null);
    }

    public static GroupKey bucket(Bucket bucket, String timeColumn) {
        return new GroupKey(bucket.word(), timeColumn, bucket);
    }

    String sql() {
        String quoted = Sql.quote(column);
        return bucket == null ? "CAST(" + quoted + " AS VARCHAR)" : "CAST(" + bucket.label(quoted) + " AS VARCHAR)";
    }
}
