package org.gtrace.grammar.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call the program wrote that describes a model rather than a number: an adoption curve
 * ({@code logistic(peak = 10, width = 4)}) or a count distribution ({@code poisson(3)}).
 * Arguments are keyed by their parameter names, in base units.
 */
public record FunctionValue(String function, Map<String, Object> arguments) {
    public FunctionValue {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }
}
