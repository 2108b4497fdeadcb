package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Finds a table column by the name a program writes: {@code t.energy} finds "energy [kWh]" or "energy". */
final class Columns {

    private Columns() {}

    static TableColumn find(Table t, String member, Span span) {
        List<String> stems = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            String stem = stem(c.name());
            stems.add(stem);
            if (stem.equals(member) || c.name().equals(member)) return numeric(c, span);
        }
        for (Column<?> c : t.columns()) {
            // energy_kwh answers to t.energy too: the suffix is its unit (see unitOf)
            if (unitSuffix(c.name()) != null && stem(c.name()).equals(member + "_" + suffix(c.name()))) return numeric(c, span);
        }
        String hint = DidYouMean.hint(member, stems);
        throw new RunError(Kind.NAME, span, "table '" + t.name() + "' has no column '" + member + "'",
                hint.isEmpty() ? "columns: " + String.join(", ", stems) : hint);
    }

    /** The header {@code member} names among {@code headers} (as {@link #find} matches), or null. */
    static String header(List<String> headers, String member) {
        for (String h : headers) {
            if (stem(h).equals(member) || h.equals(member)) return h;
        }
        for (String h : headers) {
            if (unitSuffix(h) != null && stem(h).equals(member + "_" + suffix(h))) return h;
        }
        return null;
    }

    /** A numeric column of a loaded dataset, read into the heap (a chart or a Java cell wants its values). */
    static TableColumn find(org.gtrace.stdlib.telemetry.Dataset d, String member, Span span) {
        String h = header(d.columnNames(), member);
        if (h == null) {
            List<String> stems = d.columnNames().stream().map(Columns::stem).toList();
            String hint = DidYouMean.hint(member, stems);
            throw new RunError(Kind.NAME, span, "table '" + d.name() + "' has no column '" + member + "'",
                    hint.isEmpty() ? "columns: " + String.join(", ", stems) : hint);
        }
        if (d.column(h).orElseThrow().kind() != org.gtrace.stdlib.telemetry.DatasetColumn.Kind.NUMBER) {
            throw new RunError(Kind.TYPE, span, "column '" + h + "' is not numeric", "");
        }
        return new TableColumn(h, d.numbers(h), unitOf(h));
    }

    /** "Energy [kWh]" → "energy"; "GPU hours" → "gpu_hours". */
    static String stem(String header) {
        return org.gtrace.stdlib.telemetry.Headers.stem(header);
    }

    /** The unit a header names: in brackets ("energy [kWh]"), or as a suffix ("energy_kwh"). */
    static Unit unitOf(String header) {
        int open = header.indexOf('[');
        int close = header.indexOf(']', open + 1);
        if (open < 0 || close < 0) return unitSuffix(header);
        try {
            return Units.parse(header.substring(open + 1, close));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * "energy_kwh" → kWh, as CSV exports write units. Only a suffix that matches exactly one unit
     * when case is ignored counts: "_ml" could be mL or ML, so it names none.
     */
    static Unit unitSuffix(String header) {
        if (header.indexOf('[') >= 0) return null;
        String suffix = suffix(header);
        if (suffix.isEmpty()) return null;
        Unit found = null;
        for (String symbol : Units.symbols()) {
            if (!symbol.equalsIgnoreCase(suffix)) continue;
            if (found != null) return null;
            found = Units.parse(symbol);
        }
        return found;
    }

    private static String suffix(String header) {
        String stem = stem(header);
        int cut = stem.lastIndexOf('_');
        return cut <= 0 ? "" : stem.substring(cut + 1);
    }

    private static TableColumn numeric(Column<?> c, Span span) {
        if (!(c instanceof NumericColumn<?> n)) {
            throw new RunError(Kind.TYPE, span, "column '" + c.name() + "' is not numeric", "");
        }
        double[] values = new double[n.size()];
        for (int i = 0; i < values.length; i++) {
            if (n.isMissing(i)) {
                throw new RunError(Kind.DATA, span, "column '" + c.name() + "' has an empty cell in row " + (i + 1), "");
            }
            values[i] = n.getDouble(i);
        }
        return new TableColumn(c.name(), values, unitOf(c.name()));
    }
}
