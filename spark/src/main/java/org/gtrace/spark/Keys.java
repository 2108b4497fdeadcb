package org.gtrace.spark;

import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.GroupKey;
import org.gtrace.stdlib.telemetry.LoadError;

/**
 * What a {@link GroupKey} is in Spark SQL: its label (the same text as DuckDB's: 2025-03-25T14:00Z,
 * 2025-03-25, 2025-03, a time as 2025-03-25 14:00:00+00), the value a filter compares, and that
 * value's type. Every kind of key is rendered here, in one switch; a kind it does not know is an
 * error, never SQL for another kind.
 */
record Keys(String label, String comparable, String type) {

    static Keys of(SparkDataset d, GroupKey k) {
        String t = SparkSql.quote(k.column());
        if (k.isInterval()) {
            // the interval of a grid's clock, as DuckDB numbers it: floor((epoch seconds - origin) / step)
            String n = "CAST(floor((unix_micros(" + t + ") / 1000000.0 - " + k.origin() + ") / " + k.step() + ") AS BIGINT)";
            return new Keys("CAST(" + n + " AS STRING)", n, "BIGINT");
        }
        if (k.bucket() == null) {
            if (!k.label().equals(k.column())) throw unknown(k);
            DatasetColumn c = d.require(k.column());
            return switch (c.kind()) {
                case NUMBER -> new Keys(text(c, t), t, "DOUBLE");
                case TIME -> new Keys(text(c, t), t, "TIMESTAMP");
                case DATE -> new Keys(text(c, t), t, "DATE");
                case TEXT, OTHER -> new Keys(text(c, t), text(c, t), "STRING");
            };
        }
        return switch (k.bucket()) {
            case HOUR -> new Keys("date_format(date_trunc('HOUR', " + t + "), \"yyyy-MM-dd'T'HH:00'Z'\")", "date_trunc('HOUR', " + t + ")",
                    "TIMESTAMP");
            case DAY, DATE -> new Keys("CAST(to_date(" + t + ") AS STRING)", "to_date(" + t + ")", "DATE");
            case WEEK -> new Keys("CAST(to_date(date_trunc('WEEK', " + t + ")) AS STRING)", "to_date(date_trunc('WEEK', " + t + "))", "DATE");
            case MONTH -> new Keys("date_format(date_trunc('MONTH', " + t + "), 'yyyy-MM')", "to_date(date_trunc('MONTH', " + t + "))", "DATE");
            default -> throw unknown(k);
        };
    }

    /** A column's values as the embedded engine writes them as text: a time in UTC as 2025-03-25 14:00:00+00. */
    static String text(DatasetColumn c, String quoted) {
        if (c.kind() != DatasetColumn.Kind.TIME) return "CAST(" + quoted + " AS STRING)";
        String micros = "date_format(" + quoted + ", 'yyyy-MM-dd HH:mm:ss.SSSSSS')";
        return "concat(regexp_replace(regexp_replace(" + micros + ", '0+$', ''), '[.]$', ''), '+00')";
    }

    private static LoadError unknown(GroupKey k) {
        return new LoadError("the spark engine cannot group or filter by '" + k.label() + "' yet", 0, k.label(),
                "use set engine duckdb for this statement");
    }
}
