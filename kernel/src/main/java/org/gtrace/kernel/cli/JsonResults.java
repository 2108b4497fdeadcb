package org.gtrace.kernel.cli;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reports as JSON lines (the CLI contract): {@code line}, {@code subject}, and energy_kwh,
 * co2e_kg, water_l in base units where they apply, with _p5/_p50/_p95 and the Monte Carlo
 * standard error _se for uncertain values, and the run's {@code samples} and {@code seed}
 * (absent for a closed form).
 * A report without headline metrics but with a table of them gives one object per row. Where a
 * result has words (explain's derivations, a pyramid's actions), they come as {@code text}.
 */
final class JsonResults {

    private JsonResults() {}

    static List<JsonObject> of(Report r) {
        if (r.metrics().isEmpty() && r.table() != null && hasMetricColumns(r.table())) return rows(r);
        JsonObject o = base(r, r.subject());
        for (Metric m : r.metrics()) {
            String key = m.key();
            if (o.has(key)) continue;
            o.addProperty(key, m.value().base());
            if (m.isUncertain()) {
                o.addProperty(key + "_p5", m.p5().base());
                o.addProperty(key + "_p50", m.p50().base());
                o.addProperty(key + "_p95", m.p95().base());
                o.addProperty(key + "_se", m.standardError().base());
                if (m.band().samples() > 0 && !o.has("samples")) {
                    o.addProperty("samples", m.band().samples());
                    o.addProperty("seed", m.band().seed());
                }
            }
        }
        // explain's derivations and sources, a pyramid's actions: the words that go with the numbers
        if (r.markdown() != null && !r.markdown().isBlank()) o.addProperty("text", r.markdown());
        return List.of(o);
    }

    private static JsonObject base(Report r, String subject) {
        JsonObject o = new JsonObject();
        o.addProperty("line", r.line());
        o.addProperty("subject", subject);
        o.addProperty("title", r.title());
        return o;
    }

    private static boolean hasMetricColumns(Table t) {
        for (Column<?> c : t.columns()) if (key(c.name()) != null) return true;
        return false;
    }

    private static List<JsonObject> rows(Report r) {
        Table t = r.table();
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            JsonObject o = base(r, t.column(0).getString(i));
            for (Column<?> c : t.columns()) {
                String key = key(c.name());
                if (key == null || !(c instanceof NumericColumn<?> n) || n.isMissing(i)) continue;
                o.addProperty(key, unit(c.name()).toBase(n.getDouble(i)));
            }
            out.add(o);
        }
        return out;
    }

    /** "CO2e [tCO2e]" → co2e_kg; "energy [MWh]" → energy_kwh; "water [L]" → water_l; else null. */
    static String key(String header) {
        int open = header.indexOf('[');
        if (open < 0) return null;
        String stem = header.substring(0, open).strip().toLowerCase(Locale.ROOT);
        return switch (stem) {
            case "energy" -> "energy_kwh";
            case "co2e" -> "co2e_kg";
            case "water" -> "water_l";
            default -> null;
        };
    }

    private static Unit unit(String header) {
        return Units.parse(header.substring(header.indexOf('[') + 1, header.lastIndexOf(']')));
    }
}
