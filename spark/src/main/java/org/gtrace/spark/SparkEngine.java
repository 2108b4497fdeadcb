package org.gtrace.spark;

import java.nio.file.Path;
import java.util.Map;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.Engine;
import org.gtrace.stdlib.telemetry.LoadOptions;

/** {@code set engine spark}: telemetry loaded by Apache Spark, on this machine or on the cluster {@code spark_master} names. */
public final class SparkEngine implements Engine {

    /** The setting naming the cluster; without it Spark runs in this JVM on every core. */
    public static final String MASTER = "spark_master";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Dataset load(String name, Path file, LoadOptions options, Map<String, String> settings) {
        return SparkLoader.load(Sessions.of(settings.get(MASTER)), name, file, options);
    }
}
