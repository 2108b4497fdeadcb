package org.gtrace.spark;

import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.GroupQuery;
import org.gtrace.stdlib.telemetry.GroupRow;
import org.gtrace.stdlib.telemetry.LoadError;
import org.gtrace.stdlib.uncertainty.CancelledException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A dataset Spark holds, checked whole when it was read and cached by Spark (in memory, spilling
 * to disk) under a view of its own; its questions are Spark SQL sums, so the Java heap holds
 * groups, never rows. The cache goes when the dataset is closed or collected.
 */
final class SparkDataset implements Dataset {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final AtomicLong VIEWS = new AtomicLong();

    private final SparkSession spark;
    private final String name;
    private final Path file;
    private final long rows;
    private final List<DatasetColumn> columns;
    private final String view;
    private final String master;
    private final Cleaner.Cleanable cleanable;

    SparkDataset(SparkSession spark, String name, Path file, long rows, List<DatasetColumn> columns,
                 org.apache.spark.sql.Dataset<Row> kept) {
        this.spark = spark;
        this.name = name;
        this.file = file;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.view = "gtrace_" + VIEWS.incrementAndGet();
        this.master = spark.sparkContext().master();
        kept.createOrReplaceTempView(view);
        this.cleanable = CLEANER.register(this, new Release(spark, kept, view));
    }

    /** Must not reach the dataset (a Cleaner action that did would keep it alive). */
    private record Release(SparkSession spark, org.apache.spark.sql.Dataset<Row> kept, String view) implements Runnable {
        @Override
        public void run() {
            Jobs.inEngine(() -> {
                spark.catalog().dropTempView(view);
                return kept.unpersist();
            });
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

    @Override
    public String engine() {
        return "Spark " + master + ", cached in memory and on disk";
    }

    String view() {
        return view;
    }

    DatasetColumn require(String header) {
        return column(header).orElseThrow(() -> new LoadError("no column '" + header + "' in '" + name + "'", 0, header,
                "columns: " + String.join(", ", columnNames())));
    }

    @Override
    public List<GroupRow> groups(GroupQuery q) {
        SparkGroupSql sql = new SparkGroupSql(this, q);
        List<Row> found = ask("the query", () -> spark.sql(sql.text(), sql.args()).collectAsList());
        if (found.size() > MAX_GROUPS) {
            throw new LoadError("the answer would have more than " + MAX_GROUPS + " groups", 0, null,
                    "group by fewer or coarser keys (by day, not by hour), or filter with where");
        }
        int k = q.keys().size();
        List<GroupRow> out = new ArrayList<>(found.size());
        for (Row r : found) {
            List<String> key = new ArrayList<>(k);
            for (int i = 0; i < k; i++) key.add(r.getString(i));
            out.add(new GroupRow(key, r.getString(k), r.getDouble(k + 1), r.getDouble(k + 2), r.getLong(k + 3)));
        }
        return out;
    }

    @Override
    public double[] numbers(String header) {
        require(header);
        String sql = "SELECT CAST(" + SparkSql.quote(header) + " AS DOUBLE) FROM " + view + " ORDER BY " + SparkLoader.ROW;
        List<Row> found = ask("reading the column", () -> spark.sql(sql).collectAsList());
        double[] out = new double[found.size()];
        for (int i = 0; i < out.length; i++) out[i] = found.get(i).getDouble(0);
        return out;
    }

    @Override
    public Table head(long limit) {
        List<String> select = new ArrayList<>();
        List<Column<?>> cols = new ArrayList<>();
        for (DatasetColumn c : columns) {
            String q = SparkSql.quote(c.name());
            if (c.integral()) {
                select.add("CAST(" + q + " AS BIGINT)");
                cols.add(LongColumn.create(c.name()));
            } else if (c.kind() == DatasetColumn.Kind.NUMBER) {
                select.add("CAST(" + q + " AS DOUBLE)");
                cols.add(DoubleColumn.create(c.name()));
            } else {
                select.add(Keys.text(c, q));
                cols.add(StringColumn.create(c.name()));
            }
        }
        String sql = "SELECT " + String.join(", ", select) + " FROM " + view + " ORDER BY " + SparkLoader.ROW
                + (limit < rows ? " LIMIT " + limit : "");
        List<Row> found = ask("reading the rows", () -> spark.sql(sql).collectAsList());
        for (Row r : found) {
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i) instanceof LongColumn l) l.append(r.getLong(i));
                else if (cols.get(i) instanceof DoubleColumn d) d.append(r.getDouble(i));
                else ((StringColumn) cols.get(i)).append(r.getString(i));
            }
        }
        Table t = Table.create(name);
        cols.forEach(t::addColumns);
        return t;
    }

    /** Whether {@code value} reads as {@code type} (Spark SQL), as a filter compares it: null if it does, else what it is not. */
    String unreadable(String type, String value) {
        String v = value.strip();
        boolean reads = switch (type) {
            case "DOUBLE" -> v.matches(Patterns.NUMBER) || v.toLowerCase(java.util.Locale.ROOT).matches(Patterns.NOT_FINITE);
            case "DATE" -> v.matches(Patterns.DATE) && castable(v, type);
            case "TIMESTAMP" -> v.matches(Patterns.TIME) && castable(v, type);
            default -> true;
        };
        return reads ? null : SparkGroupSql.describe(type);
    }

    private boolean castable(String value, String type) {
        return ask("the query", () -> !spark.sql("SELECT try_cast(:v AS " + type + ") IS NULL", Map.of("v", value)).first().getBoolean(0));
    }

    private <T> T ask(String what, Supplier<T> work) {
        try {
            return Jobs.run(spark, what, work);
        } catch (LoadError | CancelledException e) {
            throw e;
        } catch (Exception e) {  // Spark's AnalysisException is a checked exception Scala throws unchecked
            throw new LoadError("the query on '" + name + "' failed: " + Jobs.firstLine(e), 0, null, "");
        }
    }

    @Override
    public void close() {
        cleanable.clean();
    }
}
