package org.gtrace.stdlib.telemetry;

import java.util.Locale;
import java.util.Optional;

/** A span of time rows are grouped or filtered by, cut from the dataset's time column in UTC. */
public enum Bucket {
    HOUR("hour", "strftime(date_trunc('hour', %s), '%%Y-%%m-%%dT%%H:00Z')", "TIMESTAMPTZ"),
    DAY("day", "CAST(date_trunc('day', %s) AS DATE)", "DATE"),
    DATE("date", "CAST(date_trunc('day', %s) AS DATE)", "DATE"),
    WEEK("week", "CAST(date_trunc('week', %s) AS DATE)", "DATE"),
    MONTH("month", "strftime(date_trunc('month', %s), '%%Y-%%m')", "DATE");

    private final String word;
    private final String sql;
    private final String compareType;

    Bucket(String word, String sql, String compareType) {
        this.word = word;
        this.sql = sql;
        this.compareType = compareType;
    }

    public String word() {
        return word;
    }

    /** The bucket of {@code column} (a quoted identifier) as SQL: a date, or text for hours and months. */
    String label(String column) {
        return String.format(Locale.ROOT, sql, column);
    }

    /** The bucket as a value a filter compares with: {@code date >= 2025-03-25} compares dates. */
    String comparable(String column) {
        return compareType.equals("DATE") ? "CAST(date_trunc('" + truncation() + "', " + column + ") AS DATE)"
                : "date_trunc('hour', " + column + ")";
    }

    String compareType() {
        return compareType;
    }

    private String truncation() {
        return this == DATE ? "day" : word;
    }

    public static Optional<Bucket> of(String word) {
        for (Bucket b : values()) {
            if (b.word.equals(word)) return Optional.of(b);
        }
        return Optional.empty();
    }
}
