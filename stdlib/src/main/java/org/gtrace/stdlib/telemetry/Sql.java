package org.gtrace.stdlib.telemetry;

/** Quoting for the SQL this package writes: identifiers from headers, literals from paths. */
final class Sql {

    private Sql() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
