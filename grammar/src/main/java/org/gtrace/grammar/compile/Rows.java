package org.gtrace.grammar.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a query about several things is made of: one labelled estimate per row (a scenario, a
 * region of {@code across}, a group of {@code by modality}), the first column's name, and notes.
 */
record Rows(String first, Map<String, Estimate> rows, List<String> notes) {
    Rows {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        notes = List.copyOf(notes);
    }
}
