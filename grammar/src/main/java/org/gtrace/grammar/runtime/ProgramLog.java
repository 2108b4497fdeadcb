package org.gtrace.grammar.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The program a session has run, in order: each cell or file with where it came from. A report's
 * manifest records it, so a reader can rerun exactly what produced the numbers.
 */
public final class ProgramLog {

    private record Entry(String origin, String text) {}

    /**
     * Characters of program text kept for a manifest. A session that runs more (a huge generated
     * cell, thousands of cells) keeps, past this, each cell's size and SHA-256 instead of its text,
     * so the log cannot grow a kernel's memory without bound and the manifest still tells a change.
     */
    public static final int MAX_KEPT = 8_000_000;

    private final List<Entry> entries = new ArrayList<>();
    private long kept;

    public synchronized void add(String origin, String text) {
        String where = origin == null || origin.isBlank() ? "input" : origin;
        if (kept + text.length() > MAX_KEPT) {
            text = String.format("# (%,d characters not kept, over the manifest's %,d; SHA-256 %s)%n", text.length(), MAX_KEPT, org.gtrace.stdlib.provenance.Sha256.hex(text));
        }
        kept += text.length();
        entries.add(new Entry(where, text));
    }

    public synchronized void clear() {
        entries.clear();
        kept = 0;
    }


    /** "study.gtrace", or "cell[1] … cell[7]" for several. */
    public synchronized String origin() {
        if (entries.isEmpty()) return "";
        if (entries.size() == 1) return entries.get(0).origin();
        return entries.get(0).origin() + " … " + entries.get(entries.size() - 1).origin();
    }

    /** The text as run: one file's own text, or the cells in order, each under a comment naming it. */
    public synchronized String text() {
        if (entries.size() == 1) return entries.get(0).text();
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append("# ---- ").append(e.origin()).append('\n').append(e.text());
            if (!e.text().endsWith("\n")) b.append('\n');
        }
        return b.toString();
    }
}
