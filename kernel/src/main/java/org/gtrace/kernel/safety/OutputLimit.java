package org.gtrace.kernel.safety;

/**
 * How much one cell may output. A cell that prints 100 MB, or displays a megabyte 3,000 times,
 * would otherwise flood IOPub, the front end, the notebook file and the kernel's own memory; past
 * the budget its output is dropped and counted, and one note at the end of the cell says how much
 * was not shown. Printed text may take {@value #DEFAULT_MAX_CHARS} characters (GTRACE_MAX_OUTPUT
 * where set); everything the cell sends, text, displays, their updates and its result together,
 * {@value #DISPLAY_FACTOR} times that, since one chart is already a few hundred kilobytes.
 */
public final class OutputLimit {

    public static final long DEFAULT_MAX_CHARS = 1_000_000;

    /** How many times the text limit all of a cell's output may take. */
    public static final int DISPLAY_FACTOR = 32;

    private final long max;
    private long shown;
    private long dropped;
    private long sent;
    private long droppedBundles;
    private long droppedBundleChars;

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
        long room = Math.min(max - shown, max * DISPLAY_FACTOR - sent);
        if (text.length() <= room) {
            shown += text.length();
            sent += text.length();
            return text;
        }
        int keep = (int) Math.max(0, room);
        shown += keep;
        sent += keep;
        dropped += text.length() - keep;
        return text.substring(0, keep);
    }

    /** Whether a display, an update or a result of this many characters still fits the cell's budget; it is sent whole or not at all. */
    public synchronized boolean admitWhole(long chars) {
        if (sent + chars <= max * DISPLAY_FACTOR) {
            sent += chars;
            return true;
        }
        droppedBundles++;
        droppedBundleChars += chars;
        return false;
    }

    /** Characters the cell sent and tried to send: what its output cost the kernel. */
    public synchronized long attempted() {
        return sent + dropped + droppedBundleChars;
    }

    public synchronized long dropped() {
        return dropped;
    }

    /** The note to show once the cell has ended, or null when nothing was dropped. */
    public synchronized String note() {
        if (dropped == 0 && droppedBundles == 0) return null;
        String text = dropped == 0 ? "" : String.format("the first %,d characters were shown and %,d more were not", shown, dropped);
        String shows = droppedBundles == 0 ? "" : String.format("%,d displays (%,d characters) were not shown, the cell having sent"
                + " the %,d characters its output may take", droppedBundles, droppedBundleChars, max * DISPLAY_FACTOR);
        return String.format("%n[output truncated: %s%s%s. Write large output to a file, or raise GTRACE_MAX_OUTPUT.]%n",
                text, text.isEmpty() || shows.isEmpty() ? "" : "; ", shows);
    }

    /** One value's text (a Java cell's result), cut to the default limit with the note inline. */
    public static String clip(String text) {
        long max = configured();
        if (text.length() <= max) return text;
        return text.substring(0, (int) max) + String.format("%n[value truncated: %,d of %,d characters shown]",
                max, (long) text.length());
    }
}
