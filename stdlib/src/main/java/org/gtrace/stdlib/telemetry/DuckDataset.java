package org.gtrace.stdlib.telemetry;

import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A dataset whose rows live in an embedded DuckDB database in a temporary folder, not in the Java
 * heap, and whose questions are SQL sums. Its folder goes when it is closed or collected.
 */
final class DuckDataset implements Dataset {

    private static final Cleaner CLEANER = Cleaner.create();

    private final String name;
    private final Path file;
    private final long rows;
    private final List<DatasetColumn> columns;
    private final Connection connection;
    private final Path folder;
    private final Cleaner.Cleanable cleanable;
    private final FileStamp readInPlace;

    /** {@code readInPlace}: the file's size and time when its rows are read from it on each query (Parquet), else null. */
    DuckDataset(String name, Path file, long rows, List<DatasetColumn> columns, Store store, FileStamp readInPlace) {
        this.name = name;
        this.file = file;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.connection = store.connection();
        this.folder = store.folder();
        this.cleanable = CLEANER.register(this, store::close);
        this.readInPlace = readInPlace;
    }

    /** A file read in place must still be the file that was checked: a changed one would answer with unchecked rows. */
    private void unchanged() {
        if (readInPlace != null && !readInPlace.equals(FileStamp.of(file))) {
            throw new LoadError("\"" + file + "\" changed since '" + name + "' was loaded from it, and its rows are read from the file",
                    0, null, "load it again: load " + name + " from \"" + file.getFileName() + "\"");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public List<DatasetColumn> columns() {
        return columns;
    }

    /** A numeric column's values in file order. Heap grows with rows here: sums use {@link #groups}. */
    @Override
    public double[] numbers(String header) {
        unchanged();
        String sql = "SELECT CAST(" + Sql.quote(header) + " AS DOUBLE) FROM data ORDER BY rowid";
        try (Statement s = connection.createStatement()) {
            return Cancelling.run(s, "reading the column", () -> {
                double[] out = new double[Math.toIntExact(rows)];
                try (ResultSet r = s.executeQuery(sql)) {
                    for (int i = 0; r.next(); i++) out[i] = r.getDouble(1);
                }
                return out;
            });
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The first {@code limit} rows, every value as the file writes it, numbers as numbers. */
    @Override
    public Table head(long limit) {
        unchanged();
        Table t = Table.create(name);
        List<Object> cols = new ArrayList<>();
        for (DatasetColumn c : columns) {
            cols.add(c.integral() ? LongColumn.create(c.name())
                    : c.kind() == DatasetColumn.Kind.NUMBER ? DoubleColumn.create(c.name()) : StringColumn.create(c.name()));
        }
        String select = String.join(", ", columns.stream().map(c -> c.integral() ? "CAST(" + Sql.quote(c.name()) + " AS BIGINT)"
                : c.kind() == DatasetColumn.Kind.NUMBER ? "CAST(" + Sql.quote(c.name()) + " AS DOUBLE)"
                : "CAST(" + Sql.quote(c.name()) + " AS VARCHAR)").toList());
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT " + select + " FROM data ORDER BY rowid LIMIT " + limit)) {
            while (r.next()) {
                for (int i = 0; i < cols.size(); i++) {
                    if (cols.get(i) instanceof LongColumn l) l.append(r.getLong(i + 1));
                    else if (cols.get(i) instanceof DoubleColumn d) d.append(r.getDouble(i + 1));
                    else ((StringColumn) cols.get(i)).append(r.getString(i + 1));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        for (Object c : cols) t.addColumns((tech.tablesaw.columns.Column<?>) c);
        return t;
    }

    /** The sums a query asks for, one row per key and region, ordered by key. */
    @Override
    public List<GroupRow> groups(GroupQuery q) {
        unchanged();
        GroupSql sql = new GroupSql(this, q);
        try (PreparedStatement s = connection.prepareStatement(sql.text())) {
            sql.bind(s);
            return Cancelling.run(s, "the query", () -> {
                List<GroupRow> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    int k = q.keys().size();
                    while (r.next()) {
                        if (out.size() == MAX_GROUPS) {
                            throw new LoadError("the answer would have more than " + MAX_GROUPS + " groups", 0, null,
                                    "group by fewer or coarser keys (by day, not by hour), or filter with where");
                        }
                        List<String> key = new ArrayList<>();
                        for (int i = 1; i <= k; i++) key.add(r.getString(i));
                        out.add(new GroupRow(key, r.getString(k + 1), r.getDouble(k + 2), r.getDouble(k + 3), r.getLong(k + 4)));
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Whether {@code value} reads as the kind a filter on {@code key} compares it as (null if it does). */
    String unreadable(GroupKey key, String value) {
        String type = GroupSql.compareType(this, key);
        try (PreparedStatement s = connection.prepareStatement("SELECT TRY_CAST(? AS " + type + ") IS NULL")) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1) ? GroupSql.describe(type) : null;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private LoadError failed(SQLException e) {
        return new LoadError("the query on '" + name + "' failed: " + e.getMessage().lines().findFirst().orElse(""), 0, null, "");
    }

    /** Where the database lives while the dataset does. */
    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        cleanable.clean();
    }
}
