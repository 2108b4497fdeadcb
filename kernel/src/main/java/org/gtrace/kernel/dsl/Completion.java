package org.gtrace.kernel.dsl;

import java.util.List;

/** Candidates to replace the text between {@code start} and {@code end}. */
public record Completion(List<String> matches, int start, int end) {

    public Completion {
        matches = List.copyOf(matches);
    }

    public static Completion none(int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }
}
