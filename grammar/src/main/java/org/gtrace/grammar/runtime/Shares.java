package org.gtrace.grammar.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A regional split as written: region word → share in 0..1, in the order written. */
public record Shares(Map<String, Double> byRegion) {
    public Shares {
        byRegion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
    }
}
