package org.gtrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.to_utc_timestamp;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.gtrace.stdlib.telemetry.DatasetColumn;

/**
 * A checked column read into its kind: numbers as doubles (whole ones as longs, so a key by them
 * reads 10, not 10.0), dates, and times as instants in UTC; a time written without a zone is read
 * in the zone the load names. Text stays as the file wrote it.
 */
final class Typed {

    private Typed() {}

    static Column of(DatasetColumn c, DataType source, String zone) {
        String q = SparkSql.quote(c.name());
        if (source != DataTypes.StringType) {
            return source == DataTypes.TimestampNTZType ? to_utc_timestamp(col(q).cast("timestamp"), zone) : col(q);
        }
        String t = "trim(" + q + ")";
        return switch (c.kind()) {
            case NUMBER -> expr("CAST(" + t + " AS " + (c.integral() ? "BIGINT" : "DOUBLE") + ")");
            case DATE -> expr("CAST(" + t + " AS DATE)");
            case TIME -> zone == null ? expr("CAST(" + t + " AS TIMESTAMP)")
                    : when(expr(Patterns.zoned(t)), expr("CAST(" + t + " AS TIMESTAMP)"))
                            .otherwise(to_utc_timestamp(expr("CAST(" + t + " AS TIMESTAMP)"), zone));
            default -> col(q);
        };
    }
}
