package org.gtrace.kernel.dsl;

import java.util.List;

/** Candidates to replace the text between {@code start} and {@code end}, each with its kind ("" when unknown). */
public record Completion(List<String> matches, List<String> types, int start, int end) {

    public Completion {
        matches = List.copyOf(matches);
        types = List.copyOf(types);
        if (types.size() != matches.size()) throw new IllegalArgumentException("one type per match");
    }

    public Completion(List<String> matches, int start, int end) {
        this(matches, matches.stream().map(m -> "").toList(), start, end);
    }

    public static Completion none(int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }
}
