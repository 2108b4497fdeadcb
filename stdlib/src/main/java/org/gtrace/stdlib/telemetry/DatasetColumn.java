package org.gtrace.stdlib.telemetry;

/** A column of a dataset: its header as the file writes it, what its values are, and whether they are whole numbers. */
public record DatasetColumn(String name, Kind kind, boolean integral) {

    public DatasetColumn(String name, Kind kind) {
        this(name, kind, false);
    }

    public enum Kind {
        NUMBER, TEXT, TIME, DATE, OTHER;

        static Kind of(String duckType) {
            String t = duckType.toUpperCase(java.util.Locale.ROOT);
            if (t.equals("TIMESTAMP WITH TIME ZONE")) return TIME;
            if (t.equals("DATE")) return DATE;
            if (t.equals("VARCHAR")) return TEXT;
            if (t.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL|DECIMAL.*)")) return NUMBER;
            return OTHER;
        }
    }
}
