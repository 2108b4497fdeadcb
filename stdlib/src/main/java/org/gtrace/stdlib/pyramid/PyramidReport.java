package org.gtrace.stdlib.pyramid;

import org.gtrace.stdlib.report.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** An assessment as front ends show it: the level reached, a table of levels and gates, the actions. */
public final class PyramidReport {
    private PyramidReport() {}

    public static Report of(int line, Assessment a) {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(Metric.point(Measure.PYRAMID_LEVEL, Quantity.number(a.reached()), null));
        if (a.energyKWh() != null) metrics.add(Metric.point(Measure.ENERGY, Quantity.kWh(a.energyKWh()), null));
        if (a.co2eKg() != null) metrics.add(Metric.point(Measure.CO2E, Quantity.kgCO2e(a.co2eKg()), null));
        if (a.gramsPerOutput() != null) {
            metrics.add(Metric.point(Measure.CO2E_PER_OUTPUT,
                    new Quantity(a.gramsPerOutput() / 1000, Dimension.CO2E_PER_OUTPUT), null));
        }
        String name = a.deployment().name();
        return new Report(line, name, "Pyramid assessment of " + name + ": L" + a.reached()
                + (a.reached() == 0 ? "" : " " + PyramidPolicy.LEVELS.get(a.reached() - 1)), metrics, gateTable(a),
                List.of(a.view().toChart()), markdown(a), notes(a));
    }

    /** One row per gate: level, name, check, value, threshold, pass. */
    public static Table gateTable(Assessment a) {
        Table t = Table.create("Pyramid gates", IntColumn.create("Level"), StringColumn.create("Name"),
                StringColumn.create("Gate"), DoubleColumn.create("Value"), StringColumn.create("Rule"),
                DoubleColumn.create("Threshold"), StringColumn.create("Unit"), StringColumn.create("Result"));
        for (LevelResult l : a.levels()) {
            for (Gate g : l.gates()) {
                t.intColumn(0).append(l.level());
                t.stringColumn(1).append(l.name());
                t.stringColumn(2).append(g.check());
                if (g.value() == null) t.doubleColumn(3).appendMissing(); else t.doubleColumn(3).append(g.value());
                t.stringColumn(4).append(g.comparator());
                t.doubleColumn(5).append(g.threshold());
                t.stringColumn(6).append(g.unit());
                t.stringColumn(7).append(g.passed() ? "pass" : "fail");
            }
        }
        return t;
    }

    /** The actions as a table: level, action, saving (tCO2e over the period), how. */
    public static Table actionTable(Assessment a) {
        Table t = Table.create("Actions", IntColumn.create("Level"), StringColumn.create("Action"),
                DoubleColumn.create("Saving [tCO2e]"), StringColumn.create("How"));
        for (Action x : a.actions()) {
            t.intColumn(0).append(x.level());
            t.stringColumn(1).append(x.action());
            t.doubleColumn(2).append(x.saving().in("tCO2e"));
            t.stringColumn(3).append(x.how());
        }
        return t;
    }

    private static String markdown(Assessment a) {
        StringBuilder b = new StringBuilder();
        b.append("**Level reached: L").append(a.reached()).append("**");
        a.firstFailed().ifPresent(g -> b.append(" — first gate failed (L").append(g.level()).append(" ")
                .append(PyramidPolicy.LEVELS.get(g.level() - 1)).append("): ").append(g.describe()));
        b.append("\n\n| Level | Action | Saving |\n|---|---|---|\n");
        for (Action x : a.actions()) {
            b.append("| L").append(x.level()).append(" | ").append(x.action()).append(" | ")
                    .append(x.saving().base() == 0 ? "—" : x.saving().format()).append(" |\n");
        }
        return b.toString();
    }

    private static List<String> notes(Assessment a) {
        List<String> notes = new ArrayList<>();
        notes.add("Level names and gate thresholds are this project's own (the G-TRACE paper publishes neither); "
                + "override them with a policy.");
        if (a.unknownRegionShare() > 1e-9) {
            notes.add(String.format(Locale.ROOT, "%.0f%% of the load has no declared region and is counted at the world average: %s",
                    a.unknownRegionShare() * 100, Footprint.worldSource().line()));
        }
        return notes;
    }
}
