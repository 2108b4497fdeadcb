package org.gtrace.spark;

import org.gtrace.stdlib.telemetry.CsvText;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.DatasetColumn.Kind;
import org.gtrace.stdlib.telemetry.LoadError;

/**
 * A CSV column's kind from what its values are, as DuckDB's reader decides it: all numbers is a
 * number (whole numbers stay whole), all dates a date, all times a time, anything else text. The
 * same flaws are refused, with the first row that has one: an empty value, NaN or infinity, text
 * among numbers, a time without a zone when the load names none, a time-named column of non-times.
 */
final class Kinds {

    private Kinds() {}

    static void filled(String column, Counts c, long rows, FirstRow first) {
        if (c.present() == rows && c.blank() == 0) return;
        String q = "trim(" + SparkSql.quote(column) + ")";
        FirstRow.Found f = first.where(q + " IS NULL OR " + q + " = ''");
        throw new LoadError("line " + f.line() + ", column '" + column + "' is empty", f.line(), column,
                "fill it in, or remove the row; an empty value is never read as zero");
    }

    /** The kind of a column of text read from CSV ({@code sniff}) or Parquet (kept as text unless named as times). */
    static DatasetColumn of(String column, Counts c, long rows, boolean sniff, String zone, FirstRow first) {
        String t = "trim(" + SparkSql.quote(column) + ")";
        if (sniff && c.numbers() == rows) {
            if (c.notFinite() > 0) {
                FirstRow.Found f = first.where(Patterns.notFinite(t));
                throw new LoadError("line " + f.line() + ", column '" + column + "': '" + first.value(f, column) + "' is not a finite number",
                        f.line(), column, "give a measured value, or remove the row");
            }
            return new DatasetColumn(column, Kind.NUMBER, c.integers() == rows);
        }
        if (sniff && c.dates() == rows) return new DatasetColumn(column, Kind.DATE);
        if ((sniff || CsvText.namesTime(column)) && c.times() == rows) {
            if (c.zoned() < rows && zone == null) {
                FirstRow.Found f = first.where("NOT " + Patterns.zoned(t));
                throw new LoadError("line " + f.line() + ", column '" + column + "': '" + first.value(f, column) + "' has no time zone",
                        f.line(), column, "write the zone in every row (2025-03-25T14:00:00Z, or +01:00), or name it: load … < timezone UTC >");
            }
            return new DatasetColumn(column, Kind.TIME);
        }
        if (CsvText.namesTime(column)) {
            FirstRow.Found f = first.where("NOT " + Patterns.time(t));
            throw new LoadError("line " + f.line() + ", column '" + column + "': '" + first.value(f, column) + "' is not a time G-TRACE can read",
                    f.line(), column, "write times as ISO 8601 with their zone: 2025-03-25T14:00:00Z");
        }
        if (c.numbers() > 0 && c.numbers() < rows) {
            FirstRow.Found f = first.where("NOT " + Patterns.number(t));
            throw new LoadError("line " + f.line() + ", column '" + column + "': '" + first.value(f, column) + "' is text in a column of numbers",
                    f.line(), column, "write a plain number (no unit, no thousands separator)");
        }
        return new DatasetColumn(column, Kind.TEXT);
    }

    static void finite(String column, Counts c, FirstRow first) {
        if (c.notFinite() == 0) return;
        String q = SparkSql.quote(column);
        FirstRow.Found f = first.where("isnan(" + q + ") OR abs(" + q + ") = double('infinity')");
        throw new LoadError("line " + f.line() + ", column '" + column + "': '" + first.value(f, column) + "' is not a finite number",
                f.line(), column, "give a measured value, or remove the row");
    }
}
