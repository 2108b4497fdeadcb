package org.gtrace.stdlib.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Close matches for a mistyped name, by edit distance (case-insensitive), within a distance that
 * grows with the name's length: 1 up to five letters, 2 from six, 3 from nine. The stdlib lists
 * several for an {@code UnknownNameError}; the language names the closest in a hint.
 */
public final class DidYouMean {

    private record Near(String name, int distance) {}

    private static final Comparator<Near> CLOSEST = Comparator.comparingInt(Near::distance);

    private DidYouMean() {}

    /** Up to three candidates, closest first. */
    public static List<String> suggest(String input, Collection<String> candidates) {
        return suggest(input, candidates, 3);
    }

    /** Up to {@code max} candidates, closest first, equally close ones by name. */
    public static List<String> suggest(String input, Collection<String> candidates, int max) {
        String in = input.toLowerCase(Locale.ROOT).strip();
        return near(in, in.length(), candidates).stream().sorted(CLOSEST.thenComparing(Near::name))
                .limit(max).map(Near::name).toList();
    }

    /** The closest candidate other than {@code word} itself (the first of equally close ones), if close enough to help. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return near(word.toLowerCase(Locale.ROOT), word.length(), candidates).stream()
                .filter(n -> !n.name().equals(word)).min(CLOSEST).map(Near::name);
    }

    /** "did you mean 'x'?", or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> "did you mean '" + s + "'?").orElse("");
    }

    /** Each candidate once, in the order given, that is within reach of {@code lowered} (a name of {@code length} as typed). */
    private static List<Near> near(String lowered, int length, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(3, length / 3));
        List<Near> near = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String c : candidates) {
            if (!seen.add(c)) continue;
            String lc = c.toLowerCase(Locale.ROOT);
            // the distance is at least the difference in length: most candidates stop here
            if (Math.abs(lc.length() - lowered.length()) > limit) continue;
            int d = distance(lowered, lc);
            if (d <= limit) near.add(new Near(c, d));
        }
        return near;
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
