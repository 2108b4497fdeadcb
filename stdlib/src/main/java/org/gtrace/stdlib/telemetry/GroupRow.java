package org.gtrace.stdlib.telemetry;

import java.util.List;

/** One group's sums, in the units of the dataset's columns: its key values, region, energy, volume and row count. */
public record GroupRow(List<String> key, String region, double energy, double volume, long rows) {
    public GroupRow {
        key = List.copyOf(key);
    }
}
