package org.gtrace.grammar.edit;

import java.util.List;

/**
 * What may be typed at the cursor: the matches, and the range [start, end) of the text they replace.
 */
public record Completion(List<String> matches, int start, int end) {
    public Completion {
        matches = List.copyOf(matches);
    }
}
