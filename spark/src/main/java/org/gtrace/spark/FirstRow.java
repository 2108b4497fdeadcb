package org.gtrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first row of a file where a condition holds, as the line of the file it was read from: rows
 * carry an id that grows in file order (Spark reads a file's splits in order), and the line is the
 * number of rows before it plus the header. Used only once a flaw is known to be there.
 */
final class FirstRow {

    private final Dataset<Row> rows;

    FirstRow(Dataset<Row> rows) {
        this.rows = rows;
    }

    /** The first row where {@code condition} (Spark SQL) holds, or null. */
    Found where(String condition) {
        Row r = rows.where(expr(condition)).agg(min(col(SparkLoader.ROW))).first();
        if (r.isNullAt(0)) return null;
        long id = r.getLong(0);
        long before = rows.where(col(SparkLoader.ROW).lt(id)).count();
        return new Found(id, before + 2);
    }

    /** The value the file wrote in {@code column} at a row found. */
    String value(Found f, String column) {
        return valueOf(f, SparkSql.quote(column));
    }

    /** The value of {@code sql}, an expression over the file's columns, at a row found. */
    String valueOf(Found f, String sql) {
        Row r = rows.where(col(SparkLoader.ROW).equalTo(f.id())).select(expr(sql).cast("string")).first();
        return r.isNullAt(0) ? "" : r.getString(0);
    }

    record Found(long id, long line) {}
}
