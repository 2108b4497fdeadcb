package org.gtrace.grammar.ast;

/** The three things a query can measure. */
public enum Metric {
    ENERGY("energy"), EMISSIONS("emissions"), WATER("water");

    private final String word;

    Metric(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Metric ofWord(String w) {
        for (Metric m : values()) if (m.word.equals(w)) return m;
        throw new IllegalArgumentException("not a metric word: " + w);
    }
}
