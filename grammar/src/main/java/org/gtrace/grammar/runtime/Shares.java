package org.gtrace.grammar.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;

/** A regional split as written: region word → share in 0..1 (possibly uncertain), in the order written. */
public record Shares(Map<String, UncertainQuantity> byRegion) {
    public Shares {
        byRegion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
    }

    /** Whether any share is uncertain. */
    public boolean uncertain() {
        return byRegion.values().stream().anyMatch(s -> !s.isPoint());
    }
}
