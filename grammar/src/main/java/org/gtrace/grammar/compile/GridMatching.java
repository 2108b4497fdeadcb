package org.gtrace.grammar.compile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Query;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.HourMatch;
import org.gtrace.stdlib.grid.HourlyGrid;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.GroupKey;
import org.gtrace.stdlib.telemetry.GroupQuery;
import org.gtrace.stdlib.telemetry.GroupRow;
import org.gtrace.stdlib.telemetry.LoadError;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Unit;

/**
 * A loaded table of metered energy met with a loaded grid table of intensity per region and
 * interval: the SQL sums each group's energy per region and grid interval, and each such slice is
 * priced at its interval's intensity. Telemetry rows are summed in the engine, so the heap holds
 * at most one figure per group, region and interval.
 */
final class GridMatching {

    private GridMatching() {}

    /**
     * What a match found.
     *
     * @param groups    each group's matched figures, in key order ("" alone when there is no by)
     * @param annual    each group's rows per region without the interval, for the annual estimate
     * @param intervals energy and CO2e per interval, all groups together: {kWh, kg}
     */
    record Result(HourlyGrid grid, Telemetry.Schema schema, Map<String, HourMatch.Matched> groups,
                  Map<String, List<GroupRow>> annual, TreeMap<Long, double[]> intervals, Map<String, Map<Long, Double>> load) {}

    /** A loaded table read as a grid: its region, time and intensity columns on one clock. */
    static HourlyGrid grid(Name name, RunContext ctx, Estimator est) {
        Span span = name.span();
        if (!(ctx.bindings().value(name.text()).orElse(null) instanceof Dataset g)) {
            throw new RunError(Kind.TYPE, span, "'" + name.text() + "' is not a table read by load",
                    "load it: load " + name.text() + " from \"grid.csv\"");
        }
        String intensity = intensityColumn(g);
        if (intensity == null) {
            throw new RunError(Kind.NAME, span, "table '" + name.text() + "' has no column of grid intensity",
                    "name it with its unit, e.g. intensity [g/kWh]; its columns: " + String.join(", ", g.columnNames()));
        }
        String region = Columns.header(g.columnNames(), "region");
        if (region == null || g.column(region).orElseThrow().kind() != DatasetColumn.Kind.TEXT) {
            throw new RunError(Kind.NAME, span, "table '" + name.text() + "' has no column 'region' naming each row's grid",
                    "add one: GBR, FRA, DEU … on each row");
        }
        String time = times(g, name.text(), span);
        List<GroupRow> rows = sums(g, new GroupQuery(List.of(GroupKey.interval(time, 0, 1)), List.of(), intensity, null, region), span);
        Unit unit = Columns.unitOf(intensity);
        HourlyGrid.Builder b = HourlyGrid.builder(name.text());
        Map<String, String> keys = new HashMap<>();
        try {
            for (GroupRow r : rows) {
                long at = Long.parseLong(r.key().get(0));
                if (r.rows() > 1) {
                    throw new RunError(Kind.DATA, span, "table '" + name.text() + "' has " + r.rows() + " rows for " + r.region() + " at "
                            + Instant.ofEpochSecond(at), "keep one row per region and interval");
                }
                b.add(keys.computeIfAbsent(r.region(), n -> est.gridKey(n, ctx)), at, unit.toBase(r.energy()));
            }
            return b.build();
        } catch (InputError e) {
            throw new RunError(Kind.DATA, span, "table '" + name.text() + "': " + e.getMessage(), "");
        }
    }

    /** {@code tel} (broken down by {@code by}, filtered by {@code where}) priced interval by interval. */
    static Result match(String name, Dataset tel, List<Name> by, List<Query.Condition> where, HourlyGrid grid, Span span,
                        RunContext ctx, Estimator est) {
        Telemetry.Schema s = Telemetry.Schema.of(name, tel, span);
        String time = times(tel, name, span);
        List<GroupKey> keys = new ArrayList<>();
        for (Name b : by) keys.add(TableQueries.key(tel, b));
        keys.add(GroupKey.interval(time, grid.origin(), grid.step()));
        List<GroupRow> rows = TableQueries.groups(tel, s.query(keys, TableQueries.filters(tel, where)), where, span);
        if (rows.isEmpty()) {
            throw new RunError(Kind.DATA, span, "no row of '" + name + "' meets " + TableQueries.described(where), "");
        }
        Map<String, String> gridKeys = new HashMap<>();
        String fallback = s.region() == null ? sessionRegion(name, ctx, span) : null;
        List<HourMatch.Slice> slices = new ArrayList<>();
        Map<String, Map<String, GroupRow>> annual = new LinkedHashMap<>();
        TreeMap<Long, double[]> intervals = new TreeMap<>();
        Map<String, Map<Long, Double>> load = new LinkedHashMap<>();
        for (GroupRow r : rows) {
            String group = String.join(", ", r.key().subList(0, by.size()));
            long interval = Long.parseLong(r.key().get(by.size()));
            String regionName = s.region() == null ? fallback : r.region();
            String key = gridKeys.computeIfAbsent(regionName, n -> key(ctx, est, n, name, span));
            double kWh = s.energyUnit().toBase(r.energy());
            slices.add(new HourMatch.Slice(group, key, interval, kWh));
            double[] at = intervals.computeIfAbsent(interval, k -> new double[2]);
            at[0] += kWh;
            at[1] += kWh * grid.at(key, interval).orElse(0);
            load.computeIfAbsent(key, k -> new TreeMap<>()).merge(interval, kWh, Double::sum);
            annual.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(r.region(),
                    new GroupRow(r.key().subList(0, by.size()), r.region(), r.energy(), r.volume(), r.rows()),
                    (a, b) -> new GroupRow(a.key(), a.region(), a.energy() + b.energy(), a.volume() + b.volume(), a.rows() + b.rows()));
        }
        List<String> missing = grid.missing(new ArrayList<>(gridKeys.values()));
        if (!missing.isEmpty()) {
            throw new RunError(Kind.DATA, span, "grid table '" + grid.name() + "' has no intervals for " + String.join(", ", missing)
                    + ", where '" + name + "' used energy", "load a grid table that covers " + (missing.size() == 1 ? "it" : "them")
                    + " (its regions: " + String.join(", ", grid.regions()) + "), or keep to those: where region = " + grid.regions().get(0));
        }
        Map<String, HourMatch.Matched> matched = HourMatch.match(grid, slices);
        outside(name, grid, matched, slices, span);
        Map<String, List<GroupRow>> perGroup = new LinkedHashMap<>();
        annual.forEach((g, m) -> perGroup.put(g, List.copyOf(m.values())));
        return new Result(grid, s, matched, perGroup, intervals, load);
    }

    /** Energy the grid has no intensity for is refused with where it lies: a partial match would understate CO2e. */
    private static void outside(String name, HourlyGrid grid, Map<String, HourMatch.Matched> matched, List<HourMatch.Slice> slices,
                                Span span) {
        double kWh = matched.values().stream().mapToDouble(HourMatch.Matched::unmatchedKWh).sum();
        if (kWh == 0 && matched.values().stream().allMatch(m -> m.unmatched() == 0)) return;
        HourMatch.Slice first = slices.stream().filter(sl -> grid.at(sl.region(), sl.interval()).isEmpty()).findFirst().orElseThrow();
        long n = matched.values().stream().mapToLong(HourMatch.Matched::unmatched).sum();
        String start = grid.start(0).toString(), end = grid.start(grid.intervals() - 1).toString();
        throw new RunError(Kind.DATA, span, String.format(java.util.Locale.ROOT, "%s kWh of '%s' fall in %,d %s that grid table"
                + " '%s' has no intensity for, the first at %s in %s", org.gtrace.stdlib.units.DisplayUnits.number(kWh), name, n, grid.intervalWord(), grid.name(),
                grid.start(first.interval()), first.region()), "it covers " + start + " to " + end + " (a gap inside is not filled in);"
                + " keep to those times with where, e.g. where date >= " + start.substring(0, 10) + " and date <= " + end.substring(0, 10));
    }

    /** The time column a match cuts into intervals: times, not dates. */
    private static String times(Dataset d, String name, Span span) {
        DatasetColumn c = d.timeColumn().orElse(null);
        if (c == null || c.kind() != DatasetColumn.Kind.TIME) {
            throw new RunError(Kind.DATA, span, "table '" + name + "' has no column of times" + (c == null ? "" : " ('" + c.name()
                    + "' holds dates)"), "hour-matching needs each row's time, e.g. a column datetime holding 2023-03-14T13:00:00Z");
        }
        return c.name();
    }

    private static String intensityColumn(Dataset g) {
        String named = Columns.header(g.columnNames(), "intensity");
        if (named != null && isIntensity(g, named)) return named;
        for (String h : g.columnNames()) if (isIntensity(g, h)) return h;
        return null;
    }

    private static boolean isIntensity(Dataset g, String header) {
        Unit u = Columns.unitOf(header);
        return u != null && u.dimension().equals(Dimension.INTENSITY) && g.column(header).orElseThrow().kind() == DatasetColumn.Kind.NUMBER;
    }

    /** A table with no region column is the session's region's; without one, whose grid it met is unknown. */
    private static String sessionRegion(String name, RunContext ctx, Span span) {
        Object r = ctx.settings().get("region").orElse(null);
        if (r instanceof Word w) return w.text();
        throw new RunError(Kind.DATA, span, "table '" + name + "' has no column 'region', so which grid its energy met is unknown",
                "add a region column, or say it: set region GBR");
    }

    private static String key(RunContext ctx, Estimator est, String region, String name, Span span) {
        try {
            return est.gridKey(region, ctx);
        } catch (InputError e) {
            throw new RunError(Kind.NAME, span, "table '" + name + "': " + e.getMessage(), "");
        }
    }

    private static List<GroupRow> sums(Dataset d, GroupQuery q, Span span) {
        try {
            return d.groups(q);
        } catch (LoadError e) {
            throw new RunError(Kind.DATA, span, e.getMessage(), e.hint());
        }
    }
}
