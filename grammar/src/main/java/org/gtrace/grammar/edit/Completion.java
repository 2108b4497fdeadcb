package org.gtrace.grammar.edit;

import java.util.List;

/**
 * What may be typed at the cursor: the matches, each with its kind (keyword, property, region,
 * unit, name…, or "" when unknown), and the range [start, end) of the text they replace.
 */
public record Completion(List<String> matches, List<String> types, int start, int end) {
    public Completion {
        matches = List.copyOf(matches);
        types = List.copyOf(types);
        if (types.size() != matches.size()) throw new IllegalArgumentException("one type per match");
    }

    /** Matches of unknown kind. */
    public Completion(List<String> matches, int start, int end) {
        this(matches, matches.stream().map(m -> "").toList(), start, end);
    }
}
