package org.gtrace.grammar;

import java.util.List;
import java.util.Random;

/** Small random edits of a valid program: delete, duplicate, swap or insert tokens and characters. */
final class Mutator {

    private static final List<String> INSERTS = List.of("<", ">", ";", "\n", "..", "±", "%", "(", ")", "=", "==", ",",
            "kWh", "g/kWh", "700M", "-1", "0", "1e308", "workload", "let", "region", "emissions", "ghibli", "\"", "#", "x",
            "lognormal(", "1024x1024", " ", "from", "across");

    private Mutator() {}

    static String mutate(String program, int seed, int edits) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(program);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, INSERTS.get(r.nextInt(INSERTS.size())));
                case 2 -> {
                    int end = Math.min(b.length(), at + 1 + r.nextInt(8));
                    b.insert(r.nextInt(b.length()), b.substring(at, end));
                }
                default -> {
                    int end = Math.min(b.length(), at + 1 + r.nextInt(6));
                    b.delete(at, end);
                }
            }
        }
        return b.toString();
    }
}
