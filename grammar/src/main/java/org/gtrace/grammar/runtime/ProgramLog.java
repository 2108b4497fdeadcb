package org.gtrace.grammar.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The program a session has run, in order: each cell or file with where it came from. A report's
 * manifest records it, so a reader can rerun exactly what produced the numbers.
 */
public final class ProgramLog {

    private record Entry(String origin, String text) {}

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(String origin, String text) {
        entries.add(new Entry(origin == null || origin.isBlank() ? "input" : origin, text));
    }

    public synchronized void clear() {
        entries.clear();
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
