package org.gtrace.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gtrace.kernel.jupyter.Request;

/** The inputs (and text outputs) of this kernel's session, answering tail, range and search. */
final class History {

    static final int SESSION = 1;

    private record Entry(int count, String input, String output) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Longer inputs and outputs are kept as a head and a note: a session of 10 MB cells must not keep them all. */
    static final int MAX_KEPT = 100_000;

    /**
     * Characters the whole history may keep: past this the oldest entries shrink to their first
     * {@link #OLD_KEPT} characters, so thousands of long cells cannot grow the kernel without bound
     * (recent cells, the ones a client recalls, stay whole).
     */
    static final long BUDGET = 8_000_000;
    static final int OLD_KEPT = 1_000;

    private long kept;
    private int shrunk;

    synchronized void add(int count, String input, String output) {
        Entry e = new Entry(count, kept(input, MAX_KEPT), kept(output == null ? "" : output, MAX_KEPT));
        entries.add(e);
        kept += size(e);
        while (kept > BUDGET && shrunk < entries.size() - 1) {
            Entry old = entries.get(shrunk);
            Entry small = new Entry(old.count(), kept(old.input(), OLD_KEPT), kept(old.output(), OLD_KEPT));
            entries.set(shrunk++, small);
            kept -= size(old) - size(small);
        }
    }

    private static long size(Entry e) {
        return (long) e.input().length() + e.output().length();
    }

    private static String kept(String text, int limit) {
        if (text.length() <= limit) return text;
        return text.substring(0, limit) + "\n# … " + (text.length() - limit) + " more characters not kept in the history";
    }

    /** Rows of session, count, input, output (null when output was not asked for). */
    synchronized List<Object[]> answer(Request.HistoryQuery q) {
        List<Entry> picked = switch (q.access()) {
            case "tail" -> last(entries, q.n());
            case "search" -> search(q);
            default -> range(q);
        };
        List<Object[]> rows = new ArrayList<>();
        for (Entry e : picked) rows.add(new Object[] {SESSION, e.count(), e.input(), q.output() ? e.output() : null});
        return rows;
    }

    private static List<Entry> last(List<Entry> list, int n) {
        return n <= 0 || n >= list.size() ? List.copyOf(list) : List.copyOf(list.subList(list.size() - n, list.size()));
    }

    private List<Entry> search(Request.HistoryQuery q) {
        Pattern p = glob(q.pattern() == null ? "*" : q.pattern());
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) if (p.matcher(e.input()).matches()) found.add(e);
        if (q.unique()) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            for (Entry e : found) {
                latest.remove(e.input());
                latest.put(e.input(), e);
            }
            found = new ArrayList<>(latest.values());
        }
        return last(found, q.n());
    }

    private List<Entry> range(Request.HistoryQuery q) {
        List<Entry> out = new ArrayList<>();
        if (q.session() != SESSION && q.session() != 0 && q.session() != -0) {
            if (q.session() > 0) return out;
        }
        int stop = q.stop() <= 0 ? Integer.MAX_VALUE : q.stop();
        for (Entry e : entries) if (e.count() >= q.start() && e.count() < stop) out.add(e);
        return out;
    }

    /** Jupyter's history patterns are globs: * any run, ? one character. */
    static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
