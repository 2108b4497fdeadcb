package org.gtrace.stdlib.telemetry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One DuckDB database in a folder of its own under the system's temporary folder: on disk, so a
 * table larger than memory-limit spills instead of failing, and compressed as DuckDB stores it.
 * Times are cut into hours and days in UTC whatever the machine's zone.
 */
final class Store {

    private final Path folder;
    private final Connection connection;

    private Store(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    static Store open(String memoryLimit) {
        Path folder;
        try {
            folder = Files.createTempDirectory("gtrace-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("data.duckdb"));
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit = " + Sql.literal(memoryLimit));
                s.execute("SET temp_directory = " + Sql.literal(folder.resolve("spill").toString()));
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET preserve_insertion_order = true");
            }
            return new Store(folder, c);
        } catch (SQLException e) {
            delete(folder);
            throw new LoadError("the embedded database could not start: " + e.getMessage(), 0, null,
                    "check that the temporary folder (" + folder.getParent() + ") is writable and has space");
        }
    }

    Path folder() {
        return folder;
    }

    Connection connection() {
        return connection;
    }

    /** Must not reach the Dataset (a Cleaner action that did would keep it alive). */
    void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing frees the database; a failure leaves nothing to do but remove the folder
        }
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // already gone
        }
    }
}
