package org.gtrace.grammar.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;
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
 */
final class Telemetry {

    private Telemetry() {}

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
        Map<String, org.gtrace.stdlib.uncertainty.UncertainQuantity> split = new LinkedHashMap<>();
        for (int i = 0; i < kwh.length; i++) {
            String r = s.get(i).strip();
            if (r.isEmpty()) {
                throw new RunError(Kind.DATA, span, "table '" + name + "' has no region in row " + (i + 1),
                        "fill it in, or drop the region column to use one region for all rows");
            }
            shares.merge(r, total == 0 ? 1.0 / kwh.length : kwh[i] / total, Double::sum);
        }
        shares.forEach((r, v) -> split.put(r, org.gtrace.stdlib.uncertainty.UncertainQuantity.number(v)));
        return new Shares(split);
    }
}
