package org.gtrace.grammar.runtime;

import java.util.List;

/**
 * {@code correlate energy, pue 70%}: rank correlations between a declaration's uncertain
 * properties, as written.
 *
 * @param pairs each pair of property names with its rank correlation (-1 .. 1, exclusive)
 */
public record Correlate(List<Pair> pairs) {
    public record Pair(String a, String b, double rank) {}

    public Correlate {
        pairs = List.copyOf(pairs);
    }
}
