package org.gtrace.stdlib.telemetry;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL of a {@link GroupQuery}: filter values go in as parameters, never into the text. */
final class GroupSql {

    private final String text;
    private final List<String> parameters = new ArrayList<>();

    GroupSql(DuckDataset d, GroupQuery q) {
        // the rows are cut and summed inside; the keys are labelled outside, once per group
        List<String> inner = new ArrayList<>(), outer = new ArrayList<>(), order = new ArrayList<>();
        for (int i = 0; i < q.keys().size(); i++) {
            GroupKey k = q.keys().get(i);
            inner.add(k.cut() + " AS k" + i);
            outer.add(k.label("k" + i));
            order.add("k" + i);
        }
        inner.add((q.region() == null ? "''" : "CAST(" + Sql.quote(q.region()) + " AS VARCHAR)") + " AS r");
        order.add("r");
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= q.keys().size() + 1; i++) positions.add(String.valueOf(i));
        inner.add("SUM(CAST(" + Sql.quote(q.energy()) + " AS DOUBLE)) AS e");
        inner.add((q.volume() == null ? "CAST(COUNT(*) AS DOUBLE)" : "SUM(CAST(" + Sql.quote(q.volume()) + " AS DOUBLE))") + " AS v");
        inner.add("COUNT(*) AS n");
        List<String> where = new ArrayList<>();
        for (Filter f : q.filters()) {
            String problem = d.unreadable(f.on(), f.value());
            if (problem != null) {
                throw new LoadError("'" + f.value() + "' is not " + problem + ", which '" + f.on().label() + "' holds", 0, f.on().label(),
                        FilterText.hint(problem));
            }
            where.add(lhs(f.on()) + " " + f.op().symbol() + " CAST(? AS " + compareType(d, f.on()) + ")");
            parameters.add(f.value());
        }
        outer.addAll(List.of("r", "e", "v", "n"));
        text = "SELECT " + String.join(", ", outer) + " FROM (SELECT " + String.join(", ", inner) + " FROM data"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY " + String.join(", ", positions) + ") ORDER BY " + String.join(", ", order)
                + " LIMIT " + (Dataset.MAX_GROUPS + 1);
    }

    String text() {
        return text;
    }

    void bind(PreparedStatement s) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) s.setString(i + 1, parameters.get(i));
    }

    private static String lhs(GroupKey k) {
        String quoted = Sql.quote(k.column());
        return k.bucket() == null ? quoted : k.bucket().comparable(quoted);
    }

    static String compareType(DuckDataset d, GroupKey k) {
        if (k.bucket() != null) return k.bucket().compareType();
        DatasetColumn.Kind kind = d.column(k.column()).map(DatasetColumn::kind).orElse(DatasetColumn.Kind.TEXT);
        return switch (kind) {
            case NUMBER -> "DOUBLE";
            case TIME -> "TIMESTAMPTZ";
            case DATE -> "DATE";
            default -> "VARCHAR";
        };
    }

    static String describe(String type) {
        return FilterText.kindOf(type);
    }

}
