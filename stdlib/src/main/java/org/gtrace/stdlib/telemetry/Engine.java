package org.gtrace.stdlib.telemetry;

import java.nio.file.Path;
import java.util.Map;

/**
 * An engine a telemetry file can be loaded into other than the embedded DuckDB one: a service
 * ({@code META-INF/services/org.gtrace.stdlib.telemetry.Engine}) that {@link Engines} finds by
 * name, in a class loader of its own, only when a program asks for it ({@code set engine spark}).
 * What it loads answers the same {@link Dataset} questions with the same figures.
 */
public interface Engine {

    /** The word {@code set engine} names it by. */
    String name();

    /**
     * Reads {@code file} whole and checked, as {@link Dataset#load} does, or throws {@link LoadError}
     * with nothing kept. {@code settings} are the session's settings that concern the engine, by name
     * ({@code spark_master}), as text.
     */
    Dataset load(String name, Path file, LoadOptions options, Map<String, String> settings);
}
