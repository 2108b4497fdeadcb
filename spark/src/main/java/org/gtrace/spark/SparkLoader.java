package org.gtrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.gtrace.stdlib.telemetry.CsvText;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.LoadError;
import org.gtrace.stdlib.telemetry.LoadOptions;
import org.gtrace.stdlib.uncertainty.CancelledException;

/**
 * Reads a file with Spark and checks every row before the dataset is handed out, as the embedded
 * loader does: a CSV file is read as text, one scan counts what each column holds, the kinds are
 * decided from the counts, and only then is the file read into its kinds and cached by Spark.
 * A flaw is reported with its line, and nothing is cached.
 */
final class SparkLoader {

    static final String ROW = "__gtrace_row";
    static final String CORRUPT = "__gtrace_corrupt";

    private SparkLoader() {}

    static SparkDataset load(SparkSession spark, String name, Path file, LoadOptions o) {
        boolean parquet = isParquet(file);
        if (!parquet) CsvText.check(file, o.separator());
        if (o.timeZone() != null) zone(o.timeZone());
        try {
            return Jobs.run(spark, "loading the file", () -> read(spark, name, file, o, parquet));
        } catch (LoadError | CancelledException e) {
            throw e;
        } catch (Exception e) {  // Spark's AnalysisException is a checked exception Scala throws unchecked
            throw new LoadError("cannot read the file as " + (parquet ? "Parquet" : "CSV") + ": " + Jobs.firstLine(e), 0, null,
                    parquet ? "" : "a CSV file needs a header line and one row per line, values separated by '" + o.separator() + "'");
        }
    }

    private static SparkDataset read(SparkSession spark, String name, Path file, LoadOptions o, boolean parquet) {
        Dataset<Row> raw = (parquet ? spark.read().parquet(file.toString()) : csv(spark, file, o))
                .withColumn(ROW, monotonically_increasing_id());
        List<StructField> fields = new ArrayList<>();
        for (StructField f : raw.schema().fields()) {
            if (!f.name().equals(ROW) && !f.name().equals(CORRUPT)) fields.add(f);
        }
        List<String> aggregates = new ArrayList<>(List.of("count(*)", parquet ? "0L" : "count(" + CORRUPT + ")"));
        for (StructField f : fields) {
            String q = SparkSql.quote(f.name());
            aggregates.addAll(List.of(f.dataType() == DataTypes.StringType ? Counts.text(q)
                    : Counts.typed(q, f.dataType() == DataTypes.DoubleType || f.dataType() == DataTypes.FloatType)));
        }
        Row scan = raw.selectExpr(aggregates.toArray(String[]::new)).first();
        long rows = scan.getLong(0);
        if (rows == 0) throw new LoadError("the file has a header but no rows", 0, null, "");
        FirstRow first = new FirstRow(raw);
        if (scan.getLong(1) > 0) throw malformed(first, fields, o.separator());
        List<Counts> counts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            long[] v = new long[Counts.width()];
            for (int j = 0; j < v.length; j++) v[j] = scan.getLong(2 + i * Counts.width() + j);
            counts.add(Counts.of(v));
            Kinds.filled(fields.get(i).name(), counts.get(i), rows, first);
        }
        List<DatasetColumn> columns = new ArrayList<>();
        List<Column> typed = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            DatasetColumn c = kind(fields.get(i), counts.get(i), rows, !parquet, o.timeZone(), first);
            columns.add(c);
            typed.add(Typed.of(c, fields.get(i).dataType(), o.timeZone()).as(c.name()));
        }
        typed.add(col(ROW));
        Dataset<Row> kept = raw.select(typed.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            kept.count();
        } catch (RuntimeException e) {
            kept.unpersist();
            throw e;
        }
        return new SparkDataset(spark, name, file, rows, columns, kept);
    }

    private static DatasetColumn kind(StructField f, Counts c, long rows, boolean csv, String zone, FirstRow first) {
        String name = f.name();
        if (f.dataType() == DataTypes.StringType) return Kinds.of(name, c, rows, csv, zone, first);
        Kinds.finite(name, c, first);
        String type = f.dataType().typeName();
        if (f.dataType() == DataTypes.TimestampNTZType && zone == null) {
            String at = first.value(first.where("true"), name);
            throw new LoadError("column '" + name + "' holds times without a time zone (line 2: " + at + ")", 2, name,
                    "write the zone in the file (2025-03-25T14:00:00Z, or +01:00), or name it: load … < timezone UTC >");
        }
        DatasetColumn.Kind kind = switch (type) {
            case "byte", "short", "integer", "long", "float", "double" -> DatasetColumn.Kind.NUMBER;
            case "timestamp", "timestamp_ntz" -> DatasetColumn.Kind.TIME;
            case "date" -> DatasetColumn.Kind.DATE;
            default -> type.startsWith("decimal") ? DatasetColumn.Kind.NUMBER : DatasetColumn.Kind.OTHER;
        };
        return new DatasetColumn(name, kind, List.of("byte", "short", "integer", "long").contains(type));
    }

    /** A CSV file's header names its columns; every value is read as text, and a row that does not split into them is kept aside. */
    private static Dataset<Row> csv(SparkSession spark, Path file, LoadOptions o) {
        DataFrameReader reader = spark.read().option("header", "true").option("sep", String.valueOf(o.separator()))
                .option("quote", "\"").option("escape", "\"").option("mode", "PERMISSIVE");
        StructType header = reader.csv(file.toString()).schema();
        StructType schema = new StructType();
        for (StructField f : header.fields()) schema = schema.add(f.name(), DataTypes.StringType, true);
        schema = schema.add(CORRUPT, DataTypes.StringType, true);
        return reader.schema(schema).option("columnNameOfCorruptRecord", CORRUPT).csv(file.toString());
    }

    /**
     * Spark refuses a query of a raw CSV file that reads only the column of rows it could not split,
     * so the first data column is read with it (its length is never negative).
     */
    private static LoadError malformed(FirstRow first, List<StructField> fields, char separator) {
        String other = SparkSql.quote(fields.get(0).name());
        FirstRow.Found f = first.where(CORRUPT + " IS NOT NULL AND length(coalesce(" + other + ", '')) >= 0");
        int found = TextRow.values(first.valueOf(f, "coalesce(" + CORRUPT + ", " + other + ")"), separator);
        return new LoadError("line " + f.line() + " has " + found + " values; the header has " + fields.size(), f.line(), null,
                "give every row one value per column (quote a value that holds the separator)");
    }

    static boolean isParquet(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".parquet") || n.endsWith(".pq");
    }

    private static void zone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new LoadError("'" + zone + "' is not a time zone", 0, null, "name a zone as UTC, Europe/Paris or +01:00");
        }
    }
}
