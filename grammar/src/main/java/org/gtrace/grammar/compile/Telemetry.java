package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.GroupQuery;
import org.gtrace.stdlib.telemetry.GroupRow;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A loaded table of metered energy read as a workload, so {@code emissions tel}, {@code energy tel}
 * and {@code compare tel, plan} work on the user's own data: the total of its {@code energy [kWh]}
 * column, attributed to the grids of its {@code region} column by each region's share of the
 * energy (without one, to the session's region or the world average), and counted as one output
 * unless a column named like a workload's volume ({@code outputs}, {@code requests},
 * {@code queries} …) counts them. The metered energy is taken as given: no PUE is
 * added (give the table's rows as facility energy, or declare a workload with a pue).
 * A {@link Dataset} (what {@code load} gives) is summed by SQL; a Tablesaw table (from a Java cell) in the heap.
 */
final class Telemetry {

    private Telemetry() {}

    /** A table or dataset as the workload it meters; anything else as it is. */
    static Object asWorkload(String name, Object v, Span span, int line) {
        if (v instanceof Table t) return workload(name, t, span, line);
        if (v instanceof Dataset d) return workload(name, d, span, line);
        return v;
    }

    static Declared workload(String name, Dataset d, Span span, int line) {
        Schema s = Schema.of(name, d, span);
        return workload(name, d.groups(s.query(List.of(), List.of())), s, span, line);
    }

    /** The workload of some of a dataset's rows: one group's sums, one per region. */
    static Declared workload(String name, List<GroupRow> rows, Schema s, Span span, int line) {
        Map<String, Double> kwh = new LinkedHashMap<>();
        double total = 0;
        double volume = 0;
        for (GroupRow r : rows) {
            double e = s.energyUnit().toBase(r.energy());
            kwh.merge(r.region(), e, Double::sum);
            total += e;
            volume += r.volume();
        }
        double outputs = s.volume() == null ? 1 : volume;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("outputs", Quantity.outputs(outputs));
        props.put("energy", new Quantity(outputs == 0 ? 0 : total / outputs, Dimension.ENERGY_PER_OUTPUT));
        if (s.region() != null) {
            Map<String, UncertainQuantity> split = new LinkedHashMap<>();
            double sum = total;
            kwh.forEach((r, e) -> split.put(r, UncertainQuantity.number(sum == 0 ? 1.0 / kwh.size() : e / sum)));
            props.put("region", new Shares(split));
        }
        return new Declared(Declared.Kind.WORKLOAD, name, "", null, props, line);
    }

    /** The columns of a dataset a workload is read from: energy (with its unit), volume and region, either may be null. */
    record Schema(String energy, Unit energyUnit, String volume, String region) {

        static Schema of(String name, Dataset d, Span span) {
            List<String> headers = d.columnNames();
            String energy = Columns.header(headers, "energy");
            if (energy == null) {
                throw new RunError(Kind.NAME, span, "table '" + name + "' has no column 'energy'",
                        "its energy column needs a header like energy [kWh] or energy_kwh; columns: " + String.join(", ", headers));
            }
            Unit unit = Columns.unitOf(energy);
            if (unit == null || !unit.dimension().equals(Dimension.ENERGY)) {
                throw new RunError(Kind.UNIT, span, "column '" + energy + "' of table '" + name + "' gives no unit of energy",
                        "name the unit in its header: energy [kWh]");
            }
            if (d.column(energy).orElseThrow().kind() != DatasetColumn.Kind.NUMBER) {
                throw new RunError(Kind.TYPE, span, "column '" + energy + "' of table '" + name + "' is not numeric", "");
            }
            String volume = null;
            for (String h : headers) {
                if (volume == null && Schemas.Volume.WORDS.contains(Columns.stem(h))
                        && d.column(h).orElseThrow().kind() == DatasetColumn.Kind.NUMBER) volume = h;
            }
            String region = Columns.header(headers, "region");
            if (region != null && d.column(region).orElseThrow().kind() != DatasetColumn.Kind.TEXT) {
                throw new RunError(Kind.TYPE, span, "column '" + region + "' of table '" + name + "' must hold region names",
                        "write FRA, us-central1, world … in it");
            }
            return new Schema(energy, unit, volume, region);
        }

        GroupQuery query(List<org.gtrace.stdlib.telemetry.GroupKey> keys, List<org.gtrace.stdlib.telemetry.Filter> filters) {
            return new GroupQuery(keys, filters, energy, volume, region);
        }
    }

    static Declared workload(String name, Table t, Span span, int line) {
        TableColumn energy = Columns.find(t, "energy", span);
        if (energy.unit() == null || !energy.unit().dimension().equals(Dimension.ENERGY)) {
            throw new RunError(Kind.UNIT, span, "column '" + energy.name() + "' of table '" + name + "' gives no unit of energy",
                    "name the unit in its header: energy [kWh]");
        }
        double[] kwh = energy.values();
        double total = 0;
        for (int i = 0; i < kwh.length; i++) {
            kwh[i] = energy.unit().toBase(kwh[i]);
            total += kwh[i];
        }
        Map<String, Object> props = new LinkedHashMap<>();
        double outputs = outputs(t, span);
        props.put("outputs", Quantity.outputs(outputs));
        props.put("energy", new Quantity(outputs == 0 ? 0 : total / outputs, Dimension.ENERGY_PER_OUTPUT));
        Column<?> region = column(t, "region");
        if (region != null) props.put("region", shares(name, region, kwh, total, span));
        return new Declared(Declared.Kind.WORKLOAD, name, "", null, props, line);
    }

    /** The outputs a column counts (outputs, requests, queries, images … as a workload's volume words), or 1. */
    private static double outputs(Table t, Span span) {
        for (Column<?> c : t.columns()) {
            String stem = Columns.stem(c.name());
            if (Schemas.Volume.WORDS.contains(stem)) {
                double n = 0;
                for (double v : Columns.find(t, stem, span).values()) n += v;
                return n;
            }
        }
        return 1;
    }

    private static Column<?> column(Table t, String stem) {
        for (Column<?> c : t.columns()) {
            if (Columns.stem(c.name()).equals(stem)) return c;
        }
        return null;
    }

    /** Each region's share of the metered energy; a row without a region is an error, not world. */
    private static Shares shares(String name, Column<?> region, double[] kwh, double total, Span span) {
        if (!(region instanceof StringColumn s)) {
            throw new RunError(Kind.TYPE, span, "column '" + region.name() + "' of table '" + name + "' must hold region names",
                    "write FRA, us-central1, world … in it");
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, UncertainQuantity> split = new LinkedHashMap<>();
        for (int i = 0; i < kwh.length; i++) {
            String r = s.get(i).strip();
            if (r.isEmpty()) {
                throw new RunError(Kind.DATA, span, "table '" + name + "' has no region in row " + (i + 1),
                        "fill it in, or drop the region column to use one region for all rows");
            }
            shares.merge(r, total == 0 ? 1.0 / kwh.length : kwh[i] / total, Double::sum);
        }
        shares.forEach((r, v) -> split.put(r, UncertainQuantity.number(v)));
        return new Shares(split);
    }
}
