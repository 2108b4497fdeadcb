package org.gtrace.grammar.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes hostile programs from a corpus of real ones: byte-level mutation (flips, random bytes,
 * deleted and repeated ranges, splices of two programs, read back as UTF-8 or Latin-1), and
 * generated extremes the lang engineer's random-program test does not reach: nesting thousands
 * deep, numbers past double's range, Unicode confusables and controls, NUL bytes. Seeded: the same
 * seed gives the same inputs.
 */
final class Mutator {

    static final String[] TOKENS = {"<", ">", ";", "\n", "#", "\"", "(", ")", ",", "=", "±", "%", "*", "/", "+", "-",
        "\0", "\r", "\t", "\u2028", "\uFEFF", "\u202E", "é", "Ω", "😀", "\uD800", "\uDC00", "1e400", "1e-400",
        "99999999999999999999999999999999999999", "1.2.3", "0x10", "1_000", "NaN", "Infinity", "-0", "700M", "1.2B",
        "35K", "1e308", "kWh", "g/kWh", "tCO2e", "L", "days", "let", "workload", "training", "scenario", "from",
        "emissions", "energy", "water", "compare", "across", "explain", "expect", "==", "region", "load", "chart",
        "table", "simulate", "pyramid", "lifecycle", "with", "equivalents", "image", "text", "video", "queries",
        "\"\"", "\"unterminated", "#comment\n", " ", "\\", "\\u0000"};

    private final SplittableRandom random;
    private final List<String> corpus;

    Mutator(long seed, List<String> corpus) {
        this.random = new SplittableRandom(seed);
        this.corpus = corpus;
    }

    /** The next input: mostly mutations of the corpus, some generated extremes. */
    String next() {
        int roll = random.nextInt(100);
        if (roll < 60) return mutate(pick());
        if (roll < 70) return splice(pick(), pick());
        if (roll < 80) return nested();
        if (roll < 88) return hugeNumber();
        if (roll < 94) return tokens(random.nextInt(1, 200));
        return withNul(pick());
    }

    private String pick() {
        return corpus.get(random.nextInt(corpus.size()));
    }

    String mutate(String program) {
        byte[] b = program.getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(decode(b));
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) edit(text);
        return text.toString();
    }

    private void edit(StringBuilder t) {
        int at = t.length() == 0 ? 0 : random.nextInt(t.length() + 1);
        switch (random.nextInt(6)) {
            case 0 -> { if (at < t.length()) t.deleteCharAt(at); }
            case 1 -> t.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
            case 2 -> { if (at < t.length()) t.setCharAt(at, (char) random.nextInt(0x3000)); }
            case 3 -> {
                int to = Math.min(t.length(), at + random.nextInt(1, 40));
                String span = t.substring(at, to);
                t.insert(at, span.repeat(random.nextInt(1, 30)));
            }
            case 4 -> {
                int to = Math.min(t.length(), at + random.nextInt(1, 80));
                t.delete(at, to);
            }
            default -> flipByte(t, at);
        }
    }

    /** Flips one bit of the UTF-8 encoding and decodes again: malformed sequences become U+FFFD or Latin-1 noise. */
    private void flipByte(StringBuilder t, int at) {
        byte[] b = t.toString().getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) return;
        int i = Math.min(b.length - 1, at);
        b[i] ^= (byte) (1 << random.nextInt(8));
        t.setLength(0);
        t.append(decode(b));
    }

    private String decode(byte[] b) {
        return random.nextInt(4) == 0 ? new String(b, StandardCharsets.ISO_8859_1) : new String(b, StandardCharsets.UTF_8);
    }

    private String splice(String a, String b) {
        int i = a.isEmpty() ? 0 : random.nextInt(a.length());
        int j = b.isEmpty() ? 0 : random.nextInt(b.length());
        return a.substring(0, i) + b.substring(j);
    }

    String nested() {
        int depth = random.nextInt(1, 5) == 1 ? random.nextInt(2_000, 30_000) : random.nextInt(10, 500);
        return switch (random.nextInt(7)) {
            case 0 -> "let x = " + "(".repeat(depth) + "1 kWh" + ")".repeat(depth);
            case 1 -> "let x = " + "(".repeat(depth) + "1 kWh";
            case 2 -> "workload image w " + "< ".repeat(depth) + "queries 1M" + " >".repeat(depth) + "\nemissions w";
            case 3 -> "let x = " + "-".repeat(depth) + "1 kWh";
            case 4 -> "let x = 1 kWh" + " * 1".repeat(depth);
            case 5 -> "let x = " + "energy ".repeat(depth) + "y";
            default -> "let a0 = 1 kWh\n" + chain(depth);
        };
    }

    private static String chain(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= Math.min(depth, 3000); i++) b.append("let a").append(i).append(" = a").append(i - 1).append(" * 2\n");
        return b.append("a").append(Math.min(depth, 3000)).toString();
    }

    String hugeNumber() {
        String digits = "9".repeat(random.nextInt(1, 400));
        String n = switch (random.nextInt(8)) {
            case 0 -> digits;
            case 1 -> "1e" + random.nextInt(300, 100_000);
            case 2 -> "1e-" + random.nextInt(300, 100_000);
            case 3 -> "0." + "0".repeat(random.nextInt(300, 2000)) + "1";
            case 4 -> digits + "B";
            case 5 -> "-" + digits;
            case 6 -> "1" + "0".repeat(random.nextInt(300, 1000)) + ".5";
            default -> "1.7976931348623157e308";
        };
        String unit = TOKENS[random.nextInt(TOKENS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "let x = " + n + " kWh\nx * " + n + "\nx / 0 kWh";
            case 1 -> "workload image w < queries " + n + "; energy " + n + " kWh >\nemissions w";
            case 2 -> "let x = " + n + " " + unit + "\nx";
            default -> "workload text t < queries 1M; energy 0.3 Wh; pue " + n + "; wue " + n + " L/kWh >\nwater t";
        };
    }

    private String tokens(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        return b.toString();
    }

    private String withNul(String program) {
        int at = random.nextInt(program.length() + 1);
        return program.substring(0, at) + "\0" + program.substring(at);
    }
}
