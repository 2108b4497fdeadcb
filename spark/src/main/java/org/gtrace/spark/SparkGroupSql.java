package org.gtrace.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gtrace.stdlib.telemetry.FilterText;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.Filter;
import org.gtrace.stdlib.telemetry.GroupKey;
import org.gtrace.stdlib.telemetry.GroupQuery;
import org.gtrace.stdlib.telemetry.LoadError;

/**
 * The Spark SQL of a {@link GroupQuery}, with the embedded engine's semantics: the sums per key and
 * region in key order, at most one more group than may be shown. Filter values are named
 * parameters, never text in the query, and must read as what they are compared with.
 */
final class SparkGroupSql {

    private final String text;
    private final Map<String, Object> args = new LinkedHashMap<>();

    SparkGroupSql(SparkDataset d, GroupQuery q) {
        List<String> select = new ArrayList<>();
        for (GroupKey k : q.keys()) select.add(Keys.of(d, k).label());
        select.add(q.region() == null ? "''" : Keys.text(d.require(q.region()), SparkSql.quote(q.region())));
        select.add("SUM(CAST(" + SparkSql.quote(q.energy()) + " AS DOUBLE))");
        select.add(q.volume() == null ? "CAST(COUNT(*) AS DOUBLE)" : "SUM(CAST(" + SparkSql.quote(q.volume()) + " AS DOUBLE))");
        select.add("COUNT(*)");
        List<String> where = new ArrayList<>();
        for (Filter f : q.filters()) {
            Keys k = Keys.of(d, f.on());
            String problem = d.unreadable(k.type(), f.value());
            if (problem != null) {
                throw new LoadError("'" + f.value() + "' is not " + problem + ", which '" + f.on().label() + "' holds", 0, f.on().label(),
                        FilterText.hint(problem));
            }
            String p = "p" + args.size();
            where.add(k.comparable() + " " + f.op().symbol() + " CAST(:" + p + " AS " + k.type() + ")");
            args.put(p, f.value().strip());
        }
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= q.keys().size() + 1; i++) positions.add(String.valueOf(i));
        text = "SELECT " + String.join(", ", select) + " FROM " + d.view()
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY " + String.join(", ", positions) + " ORDER BY " + String.join(", ", positions)
                + " LIMIT " + (Dataset.MAX_GROUPS + 1);
    }

    String text() {
        return text;
    }

    Map<String, Object> args() {
        return args;
    }

    static String describe(String type) {
        return FilterText.kindOf(type);
    }

}
