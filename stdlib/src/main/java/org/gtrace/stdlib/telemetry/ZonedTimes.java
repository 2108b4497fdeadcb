package org.gtrace.stdlib.telemetry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns DuckDB's sniffer reads as times, read as text and converted as the file is read,
 * with two flags per column (unreadable, no zone) computed in the same pass. The sniffer decides
 * from a sample: a later row without a zone would be read as UTC without a word, so every row is
 * looked at, in the scan that reads the file.
 */
final class ZonedTimes {

    /**
     * No zone at the end of an ISO time (Z, +HH, +HHMM or +HH:MM). The cheap test comes first: DuckDB
     * stops at it for the usual 'Z', and the regex runs only on the rest (+1.6 s at 10M rows, not +8 s).
     */
    private static final String NAIVE = "right(%1$s, 1) <> 'Z' AND NOT regexp_matches(%1$s, '(Z|z|[+-][0-9][0-9](:?[0-9][0-9])?)\\s*$')";

    private final List<String> columns;

    ZonedTimes(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** What to select from the reader: every column, the times converted, and the flags. */
    String select() {
        if (columns.isEmpty()) return "*";
        List<String> replaced = new ArrayList<>(), flags = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String q = Sql.quote(columns.get(i));
            String cast = "TRY_CAST(" + q + " AS TIMESTAMPTZ)", given = "trim(" + q + ") <> ''";  // an empty cell is for gaps to name
            replaced.add(cast + " AS " + q);
            flags.add("(" + cast + " IS NULL AND " + given + ") AS " + flag("bad", i));
            flags.add("(" + String.format(NAIVE, q) + " AND " + given + ") AS " + flag("naive", i));
        }
        return "* REPLACE (" + String.join(", ", replaced) + "), " + String.join(", ", flags);
    }

    /** The first unreadable time, else the first without a zone, is the error; else the flags go. */
    void check(Statement s, String rawRead) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            long bad = first(s, flag("bad", i)), naive = first(s, flag("naive", i));
            if (bad >= 0) {
                throw new LoadError("line " + (bad + 2) + ", column '" + c + "': '" + raw(s, rawRead, c, bad) + "' is not a time G-TRACE"
                        + " can read", bad + 2, c, "write times as ISO 8601 with their zone: 2025-03-25T14:00:00Z");
            }
            if (naive >= 0) {
                throw new LoadError("line " + (naive + 2) + ", column '" + c + "': '" + raw(s, rawRead, c, naive) + "' has no time zone",
                        naive + 2, c, "write the zone in every row (2025-03-25T14:00:00Z, or +01:00), or name it: load … < timezone UTC >");
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            s.execute("ALTER TABLE data DROP COLUMN " + flag("bad", i));
            s.execute("ALTER TABLE data DROP COLUMN " + flag("naive", i));
        }
    }

    private static String flag(String what, int i) {
        return Sql.quote("__gtrace_" + what + "_" + i);
    }

    private static long first(Statement s, String flag) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT MIN(rowid) FROM data WHERE " + flag)) {
            r.next();
            long v = r.getLong(1);
            return r.wasNull() ? -1 : v;
        }
    }

    /** The text the file has at a row (the table holds the failed conversion, not the text): only on the way to an error. */
    private static String raw(Statement s, String rawRead, String column, long rowid) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT " + Sql.quote(column) + " FROM " + rawRead + " LIMIT 1 OFFSET " + rowid)) {
            return r.next() ? r.getString(1) : "";
        }
    }
}
