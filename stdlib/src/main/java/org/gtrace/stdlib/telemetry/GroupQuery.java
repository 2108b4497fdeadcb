package org.gtrace.stdlib.telemetry;

import java.util.List;

/**
 * Sum {@code energy} (and {@code volume}, when there is one) over the rows that meet every filter,
 * one sum per distinct key and region ({@code region} may be null: then one region, "").
 */
public record GroupQuery(List<GroupKey> keys, List<Filter> filters, String energy, String volume, String region) {
    public GroupQuery {
        keys = List.copyOf(keys);
        filters = List.copyOf(filters);
    }
}
