package org.gtrace.stdlib.telemetry;

/**
 * How a file is read: its separator (CSV only), the time zone of times written without one
 * (null: such times are an error), and the memory DuckDB may use before it spills to disk.
 */
public record LoadOptions(char separator, String timeZone, String memoryLimit) {

    /** DuckDB's own default is 80% of the machine; a kernel shares the machine with the notebook server. */
    public static final String DEFAULT_MEMORY = "1GB";

    public static LoadOptions csv() {
        return new LoadOptions(',', null, System.getProperty("gtrace.duckdb.memory", DEFAULT_MEMORY));
    }

    public LoadOptions withSeparator(char c) {
        return new LoadOptions(c, timeZone, memoryLimit);
    }

    public LoadOptions withTimeZone(String zone) {
        return new LoadOptions(separator, zone, memoryLimit);
    }
}
