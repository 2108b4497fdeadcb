package org.gtrace.stdlib.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Close matches for a mistyped name, by edit distance (case-insensitive). */
public final class DidYouMean {

    private DidYouMean() {}

    /** Up to three candidates within a distance that grows with the name's length, closest first. */
    public static List<String> suggest(String input, Collection<String> candidates) {
        return suggest(input, candidates, 3);
    }

    public static List<String> suggest(String input, Collection<String> candidates, int max) {
        String in = input.toLowerCase(Locale.ROOT).strip();
        int limit = Math.max(1, Math.min(3, in.length() / 3));
        record Scored(String name, int distance) {}
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String c : candidates) {
            if (!seen.add(c)) continue;
            int d = distance(in, c.toLowerCase(Locale.ROOT));
            if (d <= limit) scored.add(new Scored(c, d));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
