package org.gtrace.kernel.safety;

/**
 * How much text one cell may print. A cell that prints 100 MB would otherwise flood IOPub, the
 * front end and the notebook file; past the limit its output is dropped and counted, and one note
 * at the end of the cell says how much was not shown. The limit is {@value #DEFAULT_MAX_CHARS}
 * characters, or GTRACE_MAX_OUTPUT (characters) where set.
 */
public final class OutputLimit {

    public static final long DEFAULT_MAX_CHARS = 1_000_000;

    private final long max;
    private long shown;
    private long dropped;

    public OutputLimit(long max) {
        this.max = Math.max(1, max);
    }

    /** The limit from GTRACE_MAX_OUTPUT, or the default when it is unset or not a positive number. */
    public static OutputLimit fromEnvironment() {
        return new OutputLimit(configured());
    }

    static long configured() {
        String v = System.getenv("GTRACE_MAX_OUTPUT");
        if (v == null) return DEFAULT_MAX_CHARS;
        try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : DEFAULT_MAX_CHARS;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_CHARS;
        }
    }

    /** The part of {@code text} that may still be shown: all of it, a head, or "". */
    public synchronized String admit(String text) {
        long room = max - shown;
        if (text.length() <= room) {
            shown += text.length();
            return text;
        }
        int keep = (int) Math.max(0, room);
        shown += keep;
        dropped += text.length() - keep;
        return text.substring(0, keep);
    }

    public synchronized long dropped() {
        return dropped;
    }

    /** The note to show once the cell has ended, or null when nothing was dropped. */
    public synchronized String note() {
        if (dropped == 0) return null;
        return String.format("%n[output truncated: the first %,d characters were shown and %,d more were not."
                + " Write large output to a file, or raise GTRACE_MAX_OUTPUT.]%n", shown, dropped);
    }

    /** One value's text (a Java cell's result), cut to the default limit with the note inline. */
    public static String clip(String text) {
        long max = configured();
        if (text.length() <= max) return text;
        return text.substring(0, (int) max) + String.format("%n[value truncated: %,d of %,d characters shown]",
                max, (long) text.length());
    }
}
