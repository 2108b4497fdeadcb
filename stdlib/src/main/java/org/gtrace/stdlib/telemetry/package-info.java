/**
 * Metered telemetry at any size: a {@link org.gtrace.stdlib.telemetry.Dataset} is a CSV or Parquet
 * file copied once into an embedded DuckDB database on disk, checked whole before it is kept, and
 * summed by SQL into {@link org.gtrace.stdlib.telemetry.GroupRow}s, so the Java heap holds the
 * groups, never the rows. Nothing here knows the G-TRACE language.
 */
package org.gtrace.stdlib.telemetry;
