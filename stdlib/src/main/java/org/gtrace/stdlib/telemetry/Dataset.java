package org.gtrace.stdlib.telemetry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A loaded telemetry file, checked whole and never changed, so it answers the same way however
 * often it is asked. Its rows stay with the engine that read them (DuckDB by default, on disk);
 * the language asks it only for sums, so the heap holds groups, never rows.
 */
public interface Dataset extends AutoCloseable {

    /** More groups than a table or chart can show; a query that would give more is refused, not truncated. */
    int MAX_GROUPS = 100_000;

    /** Reads {@code file} (CSV, or Parquet by its extension) whole, checked, into DuckDB; see {@link Loader}. */
    static Dataset load(String name, Path file, LoadOptions options) {
        return Loader.load(name, file, options);
    }

    String name();

    Path file();

    long rowCount();

    List<DatasetColumn> columns();

    default List<String> columnNames() {
        return columns().stream().map(DatasetColumn::name).toList();
    }

    default Optional<DatasetColumn> column(String header) {
        return columns().stream().filter(c -> c.name().equals(header)).findFirst();
    }

    /** The column rows are dated by: the first of times, else the first of dates. */
    default Optional<DatasetColumn> timeColumn() {
        Optional<DatasetColumn> time = columns().stream().filter(c -> c.kind() == DatasetColumn.Kind.TIME).findFirst();
        return time.isPresent() ? time : columns().stream().filter(c -> c.kind() == DatasetColumn.Kind.DATE).findFirst();
    }

    /** The sums a query asks for, one row per key and region, ordered by key; more than {@link #MAX_GROUPS} is an error. */
    List<GroupRow> groups(GroupQuery q);

    /** A numeric column's values in file order. The heap grows with the rows here: sums use {@link #groups}. */
    double[] numbers(String header);

    /** The first {@code limit} rows, every value as the file writes it, numbers as numbers. */
    Table head(long limit);

    /** Every row as a Tablesaw table in the heap, for Java code; the language's own sums never need it. */
    default Table toTable() {
        return head(Long.MAX_VALUE);
    }

    /** Which engine holds the rows, and where, in a few words ("DuckDB, on disk"). */
    default String engine() {
        return "DuckDB, on disk";
    }

    @Override
    void close();
}
