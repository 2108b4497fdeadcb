package org.gtrace.stdlib.telemetry;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies a file into a fresh {@link Store} and checks every row before the dataset is handed out:
 * a row with too many or too few values, a value that is not of its column's kind, an empty cell,
 * NaN or infinity, text among numbers, a time with no zone or in a form that cannot be read. The
 * first problem is reported with its line and column and the store is removed: nothing half-loaded
 * survives. DuckDB's reader does the work (in parallel, outside the heap); rows it rejects are
 * recorded with their lines, which is how a bad line deep in a large file is named.
 */
final class Loader {

    private static final Pattern CAST = Pattern.compile("Could not convert string \"(.*)\" to '([A-Z ]+)'");
    private static final Pattern ZONED = Pattern.compile(".*(Z|[+-]\\d\\d(:?\\d\\d)?)$");

    private Loader() {}

    static Dataset load(String name, Path file, LoadOptions o) {
        boolean parquet = isParquet(file);
        if (!parquet) CsvText.check(file, o.separator());
        Store store = Store.open(o.memoryLimit());
        boolean kept = false;
        try (Statement s = store.connection().createStatement()) {
            FileStamp stamp = null;
            List<String> times = List.of();
            if (parquet) {
                // Parquet is typed and columnar: read in place, not copied, unless a column of times must be rewritten
                stamp = FileStamp.of(file);
                Cancelling.run(s, "reading the file", () -> s.execute("CREATE VIEW data AS SELECT * EXCLUDE (file_row_number),"
                        + " file_row_number AS rowid FROM read_parquet(" + Sql.literal(file.toString()) + ", file_row_number = true)"));
                if (rewritesTimes(s, columns(s))) {
                    materialise(s);
                    stamp = null;
                }
            } else {
                String options = ", header = true, delim = " + Sql.literal(String.valueOf(o.separator()))
                        + ", quote = '\"', escape = '\"', strict_mode = true";
                // a column the sniffer calls times is read as text: its sample may name zones while a later row does not, and
                // DuckDB would read that row as UTC without a word; each row is checked (in a load's own zone: after reading)
                times = sniffedTimes(s, "read_csv(" + Sql.literal(file.toString()) + options + ", ignore_errors = true)");
                String read = "read_csv(" + Sql.literal(file.toString()) + options + ", store_rejects = true" + asText(times) + ")";
                ZonedTimes zoned = new ZonedTimes(o.timeZone() == null ? times : List.of());
                Cancelling.run(s, "loading the file", () -> s.execute("CREATE TABLE data AS SELECT " + zoned.select() + " FROM " + read));
                rejected(s);
                zoned.check(s, "read_csv(" + Sql.literal(file.toString()) + options + asText(times) + ")");
            }
            long rows = count(s);
            if (rows == 0) throw new LoadError("the file has a header but no rows", 0, null, "");
            times(s, columns(s), o, times);
            List<DatasetColumn> columns = columns(s);
            gaps(s, columns, rows, !parquet);
            Dataset d = new DuckDataset(name, file, rows, columns, store, stamp);
            kept = true;
            return d;
        } catch (SQLException e) {
            String all = e.getMessage() == null ? "" : e.getMessage();
            if (all.contains("Error when sniffing file")) {
                throw new LoadError("the rows cannot be split into columns at '" + o.separator() + "': a quote opened and never closed,"
                        + " or rows with different numbers of values", 0, null,
                        "close every quote, and give every row one value per column (check the separator: < separator \";\" >)");
            }
            String first = all.lines().filter(l -> !l.contains("unsuccessful or closed pending query")).findFirst().orElse("")
                    .replaceFirst("^([A-Za-z ]+Error: )+", "");
            throw new LoadError("cannot read the file as " + (parquet ? "Parquet" : "CSV") + ": " + first, 0, null,
                    parquet ? "" : "a CSV file needs a header line and one row per line, values separated by '" + o.separator() + "'");
        } finally {
            if (!kept) store.close();
        }
    }

    static boolean isParquet(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".parquet") || n.endsWith(".pq");
    }

    /** The first row DuckDB's reader rejected, as a problem of its line. */
    private static void rejected(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT line, column_name, error_type, error_message FROM reject_errors ORDER BY line LIMIT 1")) {
            if (!r.next()) return;
            long line = r.getLong(1);
            String column = r.getString(2);
            String type = r.getString(3);
            String message = r.getString(4).lines().findFirst().orElse("");
            throw switch (type) {
                case "CAST" -> cast(line, column, message);
                case "MISSING COLUMNS", "TOO MANY COLUMNS" -> new LoadError("line " + line + " has " + columnsFound(message)
                        + " values; the header has " + columnsExpected(message), line, null,
                        "give every row one value per column (quote a value that holds the separator)");
                case "INVALID UNICODE" -> new LoadError("line " + line + " is not UTF-8 text", line, null, "save the file as UTF-8");
                default -> message.toLowerCase(Locale.ROOT).contains("utf-8")
                        ? new LoadError("line " + line + " is not UTF-8 text", line, null, "save the file as UTF-8")
                        : new LoadError("line " + line + ": " + message, line, column, "");
            };
        }
    }

    private static LoadError cast(long line, String column, String message) {
        Matcher m = CAST.matcher(message);
        String value = m.find() ? m.group(1) : "";
        String kind = m.find(0) ? switch (m.group(2)) {
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMP" -> "a time";
            case "DATE" -> "a date";
            default -> "a number";
        } : "of the column's kind";
        return new LoadError("line " + line + ", column '" + column + "': '" + value + "' is not " + kind
                + " like the rows above it", line, column, kind.equals("a number")
                ? "write a plain number (no unit, no thousands separator), or quote the column's text in every row" : "");
    }

    private static String columnsFound(String message) {
        Matcher m = Pattern.compile("Found: (\\d+)").matcher(message);
        return m.find() ? m.group(1) : "a different number of";
    }

    private static String columnsExpected(String message) {
        Matcher m = Pattern.compile("Expected Number of Columns: (\\d+)").matcher(message);
        return m.find() ? m.group(1) : "another number";
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM data")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<DatasetColumn> columns(Statement s) throws SQLException {
        List<DatasetColumn> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = 'data' AND column_name <> 'rowid' ORDER BY ordinal_position")) {
            while (r.next()) {
                String type = r.getString(2);
                out.add(new DatasetColumn(r.getString(1), kindOf(type), type.matches("U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?")));
            }
        }
        return out;
    }

    /** Whether {@link #times} would change a column: then a Parquet file is copied after all (a view cannot be altered). */
    private static boolean rewritesTimes(Statement s, List<DatasetColumn> columns) throws SQLException {
        for (DatasetColumn c : columns) {
            if (type(s, c.name()).equals("TIMESTAMP") || c.kind() == DatasetColumn.Kind.TEXT && CsvText.namesTime(c.name())) return true;
        }
        return false;
    }

    private static void materialise(Statement s) throws SQLException {
        Cancelling.run(s, "loading the file", () -> s.execute("CREATE TABLE data_rows AS SELECT * EXCLUDE (rowid) FROM data ORDER BY rowid"));
        s.execute("DROP VIEW data");
        s.execute("ALTER TABLE data_rows RENAME TO data");
    }

    private static DatasetColumn.Kind kindOf(String type) {
        return type.equals("TIMESTAMP") ? DatasetColumn.Kind.OTHER : DatasetColumn.Kind.of(type);
    }

    /**
     * Times without a zone are read in the zone the load names, or refused: an hour matched to a
     * grid's hour must be the same hour. A time-named column DuckDB kept as text is read if every
     * row parses and names its zone, else the first row that does not is the error.
     */
    private static void times(Statement s, List<DatasetColumn> columns, LoadOptions o, List<String> sniffed) throws SQLException {
        for (DatasetColumn c : columns) {
            String q = Sql.quote(c.name());
            String type = type(s, c.name());
            if (type.equals("TIMESTAMP")) {
                if (o.timeZone() == null) {
                    throw new LoadError("column '" + c.name() + "' holds times without a time zone (line 2: " + first(s, q) + ")", 2,
                            c.name(), "write the zone in the file (2025-03-25T14:00:00Z, or +01:00), or name it: load … < timezone UTC >");
                }
                s.execute("ALTER TABLE data ALTER COLUMN " + q + " SET DATA TYPE TIMESTAMPTZ USING timezone("
                        + Sql.literal(o.timeZone()) + ", " + q + ")");
            } else if (c.kind() == DatasetColumn.Kind.TEXT && (sniffed.contains(c.name()) || CsvText.namesTime(c.name()))) {
                textTimes(s, c, o);
            }
        }
    }

    /** The columns DuckDB's sniffer reads as times, from its sample of the file. */
    private static List<String> sniffedTimes(Statement s, String read) {
        List<String> out = new ArrayList<>();
        // a statement of its own: a failed query closes the statement it ran on
        try (Statement probe = s.getConnection().createStatement(); ResultSet r = probe.executeQuery("DESCRIBE SELECT * FROM " + read)) {
            while (r.next()) {
                if (r.getString(2).startsWith("TIMESTAMP")) out.add(r.getString(1));
            }
        } catch (SQLException e) {
            return List.of();  // a file the sniffer cannot read: the load itself says why, with the line
        }
        return out;
    }

    private static String asText(List<String> columns) {
        if (columns.isEmpty()) return "";
        return ", types = {" + String.join(", ", columns.stream().map(c -> Sql.literal(c) + ": 'VARCHAR'").toList()) + "}";
    }

    private static void textTimes(Statement s, DatasetColumn c, LoadOptions o) throws SQLException {
        String q = Sql.quote(c.name());
        String zoned = "regexp_matches(trim(" + q + "), '(Z|[+-][0-9][0-9](:?[0-9][0-9])?)$')";
        String given = q + " IS NOT NULL AND trim(" + q + ") <> ''";
        // one scan for both flaws; only a flawed column is searched for its first one (an empty cell is left to gaps)
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FILTER (WHERE " + given + " AND TRY_CAST(" + q + " AS TIMESTAMP) IS NULL),"
                + " COUNT(*) FILTER (WHERE " + given + " AND NOT " + zoned + ") FROM data")) {
            r.next();
            if (r.getLong(1) == 0 && (r.getLong(2) == 0 || o.timeZone() != null)) {
                convert(s, q, zoned, o);
                return;
            }
        }
        long bad = firstRow(s, given + " AND TRY_CAST(" + q + " AS TIMESTAMP) IS NULL");
        if (bad >= 0) {
            throw new LoadError("line " + (bad + 2) + ", column '" + c.name() + "': '" + value(s, q, bad) + "' is not a time G-TRACE can read",
                    bad + 2, c.name(), "write times as ISO 8601 with their zone: 2025-03-25T14:00:00Z");
        }
        long naive = firstRow(s, given + " AND NOT " + zoned);
        throw new LoadError("line " + (naive + 2) + ", column '" + c.name() + "': '" + value(s, q, naive) + "' has no time zone",
                naive + 2, c.name(), "write the zone in every row (2025-03-25T14:00:00Z, or +01:00), or name it: load … < timezone UTC >");
    }

    /** Text to times: a zoned row as written, one without in the load's zone; an empty cell stays empty for gaps to name. */
    private static void convert(Statement s, String q, String zoned, LoadOptions o) throws SQLException {
        String zone = o.timeZone() == null ? "'UTC'" : Sql.literal(o.timeZone());
        s.execute("ALTER TABLE data ALTER COLUMN " + q + " SET DATA TYPE TIMESTAMPTZ USING CASE WHEN " + q + " IS NULL OR trim(" + q
                + ") = '' THEN NULL WHEN " + zoned + " THEN CAST(" + q + " AS TIMESTAMPTZ) ELSE timezone(" + zone + ", CAST(" + q
                + " AS TIMESTAMP)) END");
    }

    /** An empty cell anywhere, NaN or infinity among numbers, or text in a column of numbers. */
    /**
     * {@code sniffed}: the kinds are the CSV sniffer's guess from a sample, so a text column may hold
     * numbers with a stray word among them. A Parquet file's writer chose each type: its text is text
     * (and looking for numbers in it cost 0.6 s per text column at 10M rows).
     */
    private static void gaps(Statement s, List<DatasetColumn> columns, long rows, boolean sniffed) throws SQLException {
        if (!anyGap(s, columns, sniffed)) return;
        for (DatasetColumn c : columns) {
            String q = Sql.quote(c.name());
            long empty = firstRow(s, q + " IS NULL" + (c.kind() == DatasetColumn.Kind.TEXT ? " OR trim(" + q + ") = ''" : ""));
            if (empty >= 0) {
                throw new LoadError("line " + (empty + 2) + ", column '" + c.name() + "' is empty", empty + 2, c.name(),
                        "fill it in, or remove the row; an empty value is never read as zero");
            }
            if (c.kind() == DatasetColumn.Kind.NUMBER) {
                long odd = firstRow(s, "isnan(CAST(" + q + " AS DOUBLE)) OR isinf(CAST(" + q + " AS DOUBLE))");
                if (odd >= 0) {
                    throw new LoadError("line " + (odd + 2) + ", column '" + c.name() + "': '" + value(s, q, odd) + "' is not a finite number",
                            odd + 2, c.name(), "give a measured value, or remove the row");
                }
            }
            if (c.kind() == DatasetColumn.Kind.TEXT && sniffed) mixed(s, c, rows);
        }
    }

    /**
     * One scan for every column's empty cells, odd numbers and text among numbers: a sound file (the
     * usual case) is read once here, not once per check and column; only a flawed one is searched for its first flaw.
     */
    private static boolean anyGap(Statement s, List<DatasetColumn> columns, boolean sniffed) throws SQLException {
        List<String> counts = new ArrayList<>();
        for (DatasetColumn c : columns) {
            String q = Sql.quote(c.name());
            counts.add("COUNT(*) - COUNT(" + q + ")");
            if (c.kind() == DatasetColumn.Kind.NUMBER && !c.integral()) {  // an integer is never NaN
                counts.add("COUNT(*) FILTER (WHERE isnan(CAST(" + q + " AS DOUBLE)) OR isinf(CAST(" + q + " AS DOUBLE)))");
            }
            if (c.kind() == DatasetColumn.Kind.TEXT) {
                counts.add("COUNT(*) FILTER (WHERE trim(" + q + ") = '')");
                if (sniffed) counts.add("CASE WHEN COUNT(TRY_CAST(" + q + " AS DOUBLE)) IN (0, COUNT(*)) THEN 0 ELSE 1 END");
            }
        }
        try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", counts) + " FROM data")) {
            r.next();
            for (int i = 1; i <= counts.size(); i++) {
                if (r.getLong(i) != 0) return true;
            }
            return false;
        }
    }

    private static void mixed(Statement s, DatasetColumn c, long rows) throws SQLException {
        String q = Sql.quote(c.name());
        try (ResultSet r = s.executeQuery("SELECT COUNT(TRY_CAST(" + q + " AS DOUBLE)) FROM data")) {
            r.next();
            long numbers = r.getLong(1);
            if (numbers == 0 || numbers == rows) return;
        }
        long text = firstRow(s, "TRY_CAST(" + q + " AS DOUBLE) IS NULL");
        throw new LoadError("line " + (text + 2) + ", column '" + c.name() + "': '" + value(s, q, text)
                + "' is text in a column of numbers", text + 2, c.name(), "write a plain number (no unit, no thousands separator)");
    }

    /** The rowid (0 for the first row after the header) of the first row where {@code condition} holds, or -1. */
    private static long firstRow(Statement s, String condition) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT MIN(rowid) FROM data WHERE " + condition)) {
            r.next();
            long v = r.getLong(1);
            return r.wasNull() ? -1 : v;
        }
    }

    private static String value(Statement s, String quoted, long rowid) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT CAST(" + quoted + " AS VARCHAR) FROM data WHERE rowid = " + rowid)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static String first(Statement s, String quoted) throws SQLException {
        return value(s, quoted, 0);
    }

    private static String type(Statement s, String column) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = 'data' AND column_name = "
                + Sql.literal(column))) {
            return r.next() ? r.getString(1) : "";
        }
    }
}
