package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Query;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.telemetry.Bucket;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.DatasetColumn;
import org.gtrace.stdlib.telemetry.Filter;
import org.gtrace.stdlib.telemetry.GroupKey;
import org.gtrace.stdlib.telemetry.GroupRow;
import org.gtrace.stdlib.telemetry.LoadError;
import org.gtrace.stdlib.text.DidYouMean;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code emissions tel by model, day where region = FRA}: a loaded table summed by SQL into one
 * group per key, each group then estimated as the workload of its own metered energy and outputs
 * over its own regions, so every row has the sources, derivation and uncertainty of any estimate.
 */
final class TableQueries {

    private TableQueries() {}

    /** The one dataset a query breaks down or filters, if it does (by region alone keeps the regions table). */
    static Optional<Dataset> target(Query q, RunContext ctx) {
        List<Name> targets = q instanceof Query.Measure m ? m.targets() : q instanceof Query.Compare c ? c.targets() : List.of();
        if (targets.size() != 1 || !(ctx.bindings().value(targets.get(0).text()).orElse(null) instanceof Dataset d)) return Optional.empty();
        List<Name> by = by(q);
        boolean regionsAlone = by.size() == 1 && by.get(0).text().equals("region");
        return by.isEmpty() && where(q).isEmpty() || regionsAlone && where(q).isEmpty() ? Optional.empty() : Optional.of(d);
    }

    static List<Name> by(Query q) {
        return q instanceof Query.Measure m ? m.byAll() : ((Query.Compare) q).byAll();
    }

    static List<Query.Condition> where(Query q) {
        return q instanceof Query.Measure m ? m.where() : ((Query.Compare) q).where();
    }

    /** {@code emissions tel where …} with no by: the rows that meet the conditions, as one workload. */
    static Declared filtered(String name, Dataset d, List<Query.Condition> where, Span span) {
        Telemetry.Schema s = Telemetry.Schema.of(name, d, span);
        List<GroupRow> rows = groups(d, s.query(List.of(), filters(d, where)), where, span);
        if (rows.isEmpty()) throw new RunError(Kind.DATA, span, "no row of '" + name + "' meets " + described(where), "");
        return Telemetry.workload(name + " where " + described(where), rows, s, span, span.line());
    }

    /** One row per group, in key order; the first column names what the rows are grouped by. */
    static Rows rows(String name, Dataset d, Query q, Estimator est, RunContext ctx) {
        Span span = q.span();
        Telemetry.Schema s = Telemetry.Schema.of(name, d, span);
        List<GroupKey> keys = new ArrayList<>();
        for (Name b : by(q)) keys.add(key(d, b));
        List<GroupRow> found = groups(d, s.query(keys, filters(d, where(q))), where(q), span);
        if (found.isEmpty()) throw new RunError(Kind.DATA, span, "no row of '" + name + "' meets " + described(where(q)), "");
        Map<String, List<GroupRow>> groups = new LinkedHashMap<>();
        for (GroupRow r : found) groups.computeIfAbsent(String.join(", ", r.key()), k -> new ArrayList<>()).add(r);
        Map<String, Estimate> rows = new LinkedHashMap<>();
        for (var g : groups.entrySet()) {
            org.gtrace.stdlib.uncertainty.CancelledException.ifInterrupted("the query");
            rows.put(g.getKey(), est.estimate(Telemetry.workload(name + " [" + g.getKey() + "]", g.getValue(), s, span, span.line()), ctx));
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "%,d of %,d", found.stream().mapToLong(GroupRow::rows).sum(), d.rowCount()) + " rows of '" + name + "'"
                + (where(q).isEmpty() ? "" : " meet " + described(where(q))) + ", in " + rows.size() + " groups"
                + (keys.stream().anyMatch(k -> k.bucket() != null) ? "; hours, days, weeks and months in UTC" : ""));
        return new Rows(String.join(", ", by(q).stream().map(Name::text).toList()), rows, notes);
    }

    static String title(Query q) {
        List<Name> by = by(q);
        return (by.isEmpty() ? "" : " by " + String.join(", ", by.stream().map(Name::text).toList()))
                + (where(q).isEmpty() ? "" : " where " + described(where(q)));
    }

    /** A table with one column per key ("region, day" split in two), for the eye and for export. */
    static Table split(Table t, Query q) {
        List<Name> by = by(q);
        if (by.size() < 2) return t;
        StringColumn joined = t.stringColumn(0);
        Table out = Table.create(t.name());
        for (int k = 0; k < by.size(); k++) {
            StringColumn c = StringColumn.create(by.get(k).text());
            for (String v : joined) c.append(v.split(", ", -1)[k]);
            out.addColumns(c);
        }
        for (int i = 1; i < t.columnCount(); i++) out.addColumns(t.column(i));
        return out;
    }

    /** Over one time bucket a breakdown is a series: a line, not bars. */
    static ChartSpec chart(ChartSpec bars, Query q) {
        List<Name> by = by(q);
        if (bars == null || by.size() != 1 || Bucket.of(by.get(0).text()).isEmpty()) return bars;
        return new ChartSpec(ChartSpec.Kind.LINE, bars.title(), bars.xLabel(), bars.yLabel(), bars.unit(), bars.categories(),
                bars.series(), bars.source());
    }

    /**
     * {@code chart tel.energy}: a column of a table dated by a time column, summed per day (per
     * hour when the rows span two days or fewer) and drawn as a line; null for anything else.
     */
    static Report columnSeries(org.gtrace.grammar.ast.Stmt.Chart c, RunContext ctx, Estimator est) {
        if (!(c.subject() instanceof org.gtrace.grammar.ast.Expr.Member m)) return null;
        Object target = new Evaluator(ctx, est).eval(m.target());
        if (!(target instanceof Dataset d) || d.timeColumn().isEmpty()) return null;
        String header = Columns.header(d.columnNames(), m.member().text());
        if (header == null || d.column(header).orElseThrow().kind() != DatasetColumn.Kind.NUMBER) return null;
        String time = d.timeColumn().get().name();
        List<GroupRow> days = groups(d, new org.gtrace.stdlib.telemetry.GroupQuery(List.of(GroupKey.bucket(Bucket.DAY, time)), List.of(),
                header, null, null), List.of(), c.span());
        Bucket bucket = days.size() <= 2 && d.timeColumn().get().kind() == DatasetColumn.Kind.TIME ? Bucket.HOUR : Bucket.DAY;
        List<GroupRow> rows = bucket == Bucket.DAY ? days : groups(d, new org.gtrace.stdlib.telemetry.GroupQuery(
                List.of(GroupKey.bucket(bucket, time)), List.of(), header, null, null), List.of(), c.span());
        org.gtrace.stdlib.units.Unit unit = Columns.unitOf(header);
        String symbol = unit == null ? "" : unit.symbol();
        String title = Basics.label(m) + " by " + bucket.word();
        List<String> labels = rows.stream().map(r -> r.key().get(0)).toList();
        double[] values = rows.stream().mapToDouble(GroupRow::energy).toArray();
        Table t = Table.create(title, StringColumn.create(bucket.word(), labels),
                tech.tablesaw.api.DoubleColumn.create(header, values));
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.LINE, title, bucket.word() + " (UTC)",
                m.member().text() + (symbol.isEmpty() ? "" : " (" + symbol + ")"), symbol, labels,
                List.of(ChartSpec.Series.of(m.member().text(), values)), "metered, summed per " + bucket.word());
        return org.gtrace.stdlib.report.Report.ofTable(c.span().line(), t).withTitle(title).withCharts(List.of(chart))
                .withNotes(List.of("the sum of '" + header + "' in each " + bucket.word() + " of '" + time + "' (UTC), "
                        + String.format(java.util.Locale.ROOT, "%,d", d.rowCount()) + " rows"));
    }

    /** A column by the name the program writes; else a bucket of the time column; else an error naming both. */
    static GroupKey key(Dataset d, Name n) {
        String header = Columns.header(d.columnNames(), n.text());
        if (header != null) return GroupKey.column(header);
        Optional<Bucket> b = Bucket.of(n.text());
        if (b.isPresent()) {
            DatasetColumn time = d.timeColumn().orElseThrow(() -> new RunError(Kind.NAME, n.span(),
                    "table '" + d.name() + "' has no column of times to cut into " + n.text() + "s",
                    "give it one, e.g. a column datetime holding 2025-03-25T14:00:00Z"));
            return GroupKey.bucket(b.get(), time.name());
        }
        List<String> choices = new ArrayList<>(d.columnNames().stream().map(Columns::stem).toList());
        if (d.timeColumn().isPresent()) choices.addAll(List.of("hour", "day", "date", "week", "month"));
        String hint = DidYouMean.hint(n.text(), choices);
        throw new RunError(Kind.NAME, n.span(), "table '" + d.name() + "' has no column '" + n.text() + "'",
                hint.isEmpty() ? "break it down by one of " + String.join(", ", choices) : hint);
    }

    static List<Filter> filters(Dataset d, List<Query.Condition> where) {
        List<Filter> out = new ArrayList<>();
        for (Query.Condition c : where) {
            GroupKey k = key(d, c.column());
            out.add(new Filter(k, Filter.Op.of(c.op()), c.unit() == null ? c.value() : inColumnUnit(d, k, c)));
        }
        return out;
    }

    /** {@code energy >= 1 kWh} on a column in Wh compares with 1000: a value's unit is converted to its column's. */
    private static String inColumnUnit(Dataset d, GroupKey k, Query.Condition c) {
        org.gtrace.stdlib.units.Unit given = org.gtrace.stdlib.units.Units.parse(c.unit().text()); // known: the checker saw to it
        org.gtrace.stdlib.units.Unit column = k.bucket() == null ? Columns.unitOf(k.column()) : null;
        if (column == null) {
            throw new RunError(Kind.UNIT, c.unit().span(), "column '" + k.label() + "' of table '" + d.name() + "' names no unit, so "
                    + c.unit().text() + " cannot be converted to it", "write the plain number, or name the unit in the column's header: "
                    + k.label() + " [" + c.unit().text() + "]");
        }
        if (!column.dimension().equals(given.dimension())) {
            throw new RunError(Kind.UNIT, c.unit().span(), "column '" + k.label() + "' holds " + column.dimension().describe() + " ("
                    + column.symbol() + "), not " + given.dimension().describe(), "write the value in " + column.symbol() + " or a unit of"
                    + " the same kind");
        }
        return Double.toString(column.fromBase(given.toBase(Double.parseDouble(c.value()))));
    }

    /** The sums; a condition's value of the wrong kind is pointed at where it is written. */
    static List<GroupRow> groups(Dataset d, org.gtrace.stdlib.telemetry.GroupQuery q, List<Query.Condition> where, Span span) {
        try {
            return d.groups(q);
        } catch (LoadError e) {
            Span at = where.stream().filter(c -> e.getMessage().startsWith("'" + c.value() + "'")).map(Query.Condition::valueSpan)
                    .findFirst().orElse(span);
            throw new RunError(Kind.DATA, at, e.getMessage(), e.hint());
        }
    }

    static String described(List<Query.Condition> where) {
        return String.join(" and ", where.stream().map(c -> c.column().text() + " " + c.op() + " " + c.value()).toList());
    }
}
