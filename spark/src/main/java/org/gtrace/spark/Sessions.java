package org.gtrace.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.gtrace.stdlib.telemetry.LoadError;

/**
 * The one Spark session of this JVM (Spark allows one context per JVM): in UTC, so hours and days
 * are cut as DuckDB cuts them; without its web UI and progress bars, which have no place in a
 * notebook; case-sensitive, so a header is the column it names. Local mode on every core unless
 * {@code set spark_master} names a cluster.
 */
final class Sessions {

    static final String LOCAL = "local[*]";

    /** What Spark 4 reaches into on Java 17; without them it fails deep inside its first job. */
    private static final List<String> OPENED = List.of("java.lang", "java.nio", "java.util", "sun.nio.ch", "sun.util.calendar");

    private static SparkSession session;
    private static String master;

    private Sessions() {}

    static synchronized SparkSession of(String wanted) {
        // under spark-submit the master is its --master, which it passes as this property
        String m = wanted == null || wanted.isBlank() ? System.getProperty("spark.master", LOCAL) : wanted.strip();
        if (session != null) {
            if (!m.equals(master)) {
                throw new LoadError("Spark already runs on " + master + " in this session and cannot move to " + m, 0, null,
                        "restart the kernel (or run the program again) with set spark_master before the first load with engine spark");
            }
            return session;
        }
        opened();
        // Spark's Arrow and Netty buffers; a property, so a JVM that never starts Spark is unchanged
        if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
            System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        }
        try {
            // Spark 4 finds its session implementation through the thread's context class loader
            session = Jobs.inEngine(() -> builder(m).getOrCreate());
        } catch (RuntimeException e) {
            throw new LoadError("Spark could not start on " + m + ": " + Jobs.firstLine(e), 0, null, m.startsWith("local")
                    ? "check the memory and the temporary folder" : "check that the master URL is right and the cluster is reachable from here");
        }
        master = m;
        return session;
    }

    private static SparkSession.Builder builder(String m) {
        SparkSession.Builder b = SparkSession.builder().appName("G-TRACE").master(m)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.caseSensitive", "true")
                // a row with a value too many or too few is only seen when every value is split out
                .config("spark.sql.csv.parser.columnPruning.enabled", "false")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (m.startsWith("local")) {
            // a few groups per query: Spark's 200 shuffle partitions would be 200 tasks of nothing
            b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())))
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b;
    }

    static synchronized String master() {
        return master;
    }

    private static void opened() {
        Module base = Object.class.getModule();
        Module us = Sessions.class.getModule();
        for (String p : OPENED) {
            if (!base.isOpen(p, us)) {
                throw new LoadError("Spark needs this Java started with --add-opens=java.base/" + p + "=ALL-UNNAMED (and the"
                        + " other flags in stdlib's org/gtrace/stdlib/telemetry/spark-jvm-flags)", 0, null,
                        "run G-TRACE with bin/gtrace, or install the kernel again (bin/gtrace install) so that it starts with them;"
                                + " spark-submit adds them itself");
            }
        }
    }
}
