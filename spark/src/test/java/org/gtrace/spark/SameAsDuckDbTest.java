package org.gtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gtrace.stdlib.telemetry.Bucket;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.Engines;
import org.gtrace.stdlib.telemetry.Filter;
import org.gtrace.stdlib.telemetry.GroupKey;
import org.gtrace.stdlib.telemetry.GroupQuery;
import org.gtrace.stdlib.telemetry.GroupRow;
import org.gtrace.stdlib.telemetry.LoadOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/** The same generated file read by DuckDB and by Spark (local mode) gives the same groups for every kind of key and filter. */
class SameAsDuckDbTest {

    @TempDir
    static Path dir;

    private static Dataset duck;
    private static Dataset spark;
    private static Dataset duckParquet;
    private static Dataset sparkParquet;

    @BeforeAll
    static void load() throws SQLException {
        Path file = Telemetry.write(dir, 5_000, 7);
        duck = Dataset.load("tel", file, LoadOptions.csv());
        spark = Engines.named("spark").load("tel", file, LoadOptions.csv(), Map.of());
        // the Parquet file as DuckDB writes it: times as UTC instants, whole numbers as BIGINT
        Path parquet = dir.resolve("tel.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            st.execute("COPY (SELECT * FROM read_csv('" + file + "')) TO '" + parquet + "' (FORMAT parquet)");
        }
        duckParquet = Dataset.load("tel", parquet, LoadOptions.csv());
        sparkParquet = Engines.named("spark").load("tel", parquet, LoadOptions.csv(), Map.of());
    }

    @AfterAll
    static void close() {
        for (Dataset d : List.of(duck, spark, duckParquet, sparkParquet)) d.close();
    }

    private static GroupKey bucket(Bucket b) {
        return GroupKey.bucket(b, "datetime");
    }

    private static Filter where(GroupKey on, String op, String value) {
        return new Filter(on, Filter.Op.of(op), value);
    }

    static Stream<Arguments> queries() {
        GroupKey region = GroupKey.column("region");
        GroupKey model = GroupKey.column("model");
        GroupKey requests = GroupKey.column("requests");
        return Stream.of(
                Arguments.of("by region", new GroupQuery(List.of(region), List.of(), "energy_kwh", "requests", "region")),
                Arguments.of("by day", new GroupQuery(List.of(bucket(Bucket.DAY)), List.of(), "energy_kwh", "requests", "region")),
                Arguments.of("by model, month", new GroupQuery(List.of(model, bucket(Bucket.MONTH)), List.of(), "energy_kwh", null, "region")),
                Arguments.of("by hour where region = FRA",
                        new GroupQuery(List.of(bucket(Bucket.HOUR)), List.of(where(region, "=", "FRA")), "energy_kwh", "requests", "region")),
                Arguments.of("by week where requests >= 250", new GroupQuery(List.of(bucket(Bucket.WEEK)),
                        List.of(where(requests, ">=", "250")), "energy_kwh", "requests", "region")),
                Arguments.of("by date where date >= 2025-03-25 and region != DEU", new GroupQuery(List.of(bucket(Bucket.DATE)),
                        List.of(where(bucket(Bucket.DATE), ">=", "2025-03-25"), where(region, "!=", "DEU")), "energy_kwh", null, "region")),
                Arguments.of("by model where datetime < 2025-03-01T12:00:00+01:00", new GroupQuery(List.of(model),
                        List.of(where(GroupKey.column("datetime"), "<", "2025-03-01T12:00:00+01:00")), "energy_kwh", "requests", null)),
                Arguments.of("by hour where hour > 2025-04-10T06:00:00Z", new GroupQuery(List.of(bucket(Bucket.HOUR)),
                        List.of(where(bucket(Bucket.HOUR), ">", "2025-04-10T06:00:00Z")), "energy_kwh", "requests", "region")),
                Arguments.of("by requests where energy_kwh <= 0.5", new GroupQuery(List.of(requests),
                        List.of(where(GroupKey.column("energy_kwh"), "<=", "0.5")), "energy_kwh", null, "region")),
                Arguments.of("by datetime where month = 2025-03-01", new GroupQuery(List.of(GroupKey.column("datetime")),
                        List.of(where(bucket(Bucket.MONTH), "=", "2025-03-01"), where(model, "=", "llama")), "energy_kwh", null, "region")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameGroups(String statement, GroupQuery q) {
        same(statement, duck.groups(q), spark.groups(q));
    }

    @ParameterizedTest(name = "Parquet: {0}")
    @MethodSource("queries")
    void sameGroupsFromParquet(String statement, GroupQuery q) {
        same(statement, duck.groups(q), sparkParquet.groups(q));
        same(statement, duckParquet.groups(q), sparkParquet.groups(q));
    }

    private static void same(String statement, List<GroupRow> expected, List<GroupRow> actual) {
        assertTrue(expected.size() > 1, statement + ": the query must give several groups to compare, gave " + expected.size());
        assertEquals(expected.size(), actual.size(), statement);
        for (int i = 0; i < expected.size(); i++) {
            GroupRow e = expected.get(i);
            GroupRow a = actual.get(i);
            assertEquals(e.key(), a.key(), statement + ", group " + i);
            assertEquals(e.region(), a.region(), statement + ", group " + i);
            assertEquals(e.rows(), a.rows(), statement + ", group " + i);
            assertEquals(e.energy(), a.energy(), Math.abs(e.energy()) * 1e-9, statement + ", energy of " + e.key());
            assertEquals(e.volume(), a.volume(), Math.abs(e.volume()) * 1e-9, statement + ", volume of " + e.key());
        }
    }

    @Test
    void sameColumnsKindsAndRows() {
        assertEquals(duck.columns(), spark.columns());
        assertEquals(duckParquet.columns(), sparkParquet.columns());
        assertEquals(spark.columns(), sparkParquet.columns());
        assertEquals(List.of(DatasetColumn.Kind.TIME, DatasetColumn.Kind.TEXT, DatasetColumn.Kind.TEXT, DatasetColumn.Kind.NUMBER,
                DatasetColumn.Kind.NUMBER), spark.columns().stream().map(DatasetColumn::kind).toList());
        assertEquals(5_000, spark.rowCount());
        assertTrue(spark.engine().startsWith("Spark local[*]"), spark.engine());
    }

    @Test
    void sameHeadAndNumbersInFileOrder() {
        Table d = duck.head(20);
        Table s = spark.head(20);
        assertEquals(d.columnNames(), s.columnNames());
        for (String c : d.columnNames()) assertEquals(d.column(c).asList(), s.column(c).asList(), c);
        double[] dn = duck.numbers("energy_kwh");
        double[] sn = spark.numbers("energy_kwh");
        assertEquals(5_000, sn.length);
        for (int i = 0; i < dn.length; i++) assertEquals(dn[i], sn[i], 0.0, "row " + i);
    }
}
