/**
 * The spark engine of telemetry tables ({@code set engine spark}): a file read and checked whole by
 * Apache Spark, in local mode or on a cluster ({@code set spark_master}), cached by Spark, and summed
 * by Spark SQL with the same keys, labels, filters and order as the embedded DuckDB engine, so the
 * same statements give the same figures. Found by the stdlib's {@code Engines} in a class loader of
 * its own; nothing else in G-TRACE links to it.
 */
package org.gtrace.spark;
