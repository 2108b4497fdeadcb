package org.gtrace.spark;

/** Quoting for the Spark SQL this module writes: identifiers come from a file's header, never values. */
final class SparkSql {

    private SparkSql() {}

    static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }
}
