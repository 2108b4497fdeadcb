package org.gtrace.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package dependency graph of a Java source tree, read as text: each file's package line,
 * its imports and the fully qualified names in its code (what comments and literals say does
 * not count). Only packages of the tree are in it, so the JDK and libraries never are.
 */
public final class PackageGraph {

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;");
    /** A type named with its package: {@code org.gtrace.stdlib.grid.Region}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z_]\\w*(?:\\.[a-z_]\\w*)+\\.[A-Z]\\w*");

    /** For each package, the packages it uses, each with the first reference that makes it use it. */
    private final Map<String, Map<String, String>> edges;

    private PackageGraph(Map<String, Map<String, String>> edges) {
        this.edges = edges;
    }

    public static PackageGraph of(Path sourceRoot) throws IOException {
        Map<Path, String> code = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) code.put(f, codeOnly(Files.readString(f)));
        }
        Map<Path, String> packageOf = new HashMap<>();
        code.forEach((f, text) -> packageOf.put(f, first(PACKAGE, text)));
        Set<String> packages = new TreeSet<>(packageOf.values());
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (String p : packages) edges.put(p, new TreeMap<>());
        code.forEach((f, text) -> {
            String from = packageOf.get(f);
            for (String ref : references(text)) {
                String to = longestPackage(ref, packages);
                if (to != null && !to.equals(from)) edges.get(from).putIfAbsent(to, f.getFileName() + " uses " + ref);
            }
        });
        return new PackageGraph(edges);
    }

    public Set<String> packages() {
        return edges.keySet();
    }

    public Set<String> dependenciesOf(String pkg) {
        return edges.getOrDefault(pkg, Map.of()).keySet();
    }

    /**
     * One cycle for each set of packages that reach one another: the shortest way round from the
     * first of them, then the reference behind each step. Empty when every dependency points one way.
     */
    public List<String> cycles() {
        List<String> cycles = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String p : packages()) {
            List<String> loop = named.contains(p) ? null : loopThrough(p);
            if (loop == null) continue;
            for (String q : reachableFrom(p)) if (reachableFrom(q).contains(p)) named.add(q);
            cycles.add(describe(loop));
        }
        return cycles;
    }

    private String describe(List<String> loop) {
        StringBuilder b = new StringBuilder(String.join(" -> ", loop));
        for (int i = 0; i + 1 < loop.size(); i++) {
            b.append("\n    ").append(loop.get(i)).append(" -> ").append(loop.get(i + 1)).append(": ")
                    .append(edges.get(loop.get(i)).get(loop.get(i + 1)));
        }
        return b.toString();
    }

    /** The shortest way from {@code start} back to itself, both ends included, or null when there is none. */
    private List<String> loopThrough(String start) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String p = queue.poll();
            for (String q : dependenciesOf(p)) {
                if (q.equals(start)) return wayBack(cameFrom, p, start);
                if (!cameFrom.containsKey(q)) {
                    cameFrom.put(q, p);
                    queue.add(q);
                }
            }
        }
        return null;
    }

    private static List<String> wayBack(Map<String, String> cameFrom, String last, String start) {
        LinkedList<String> way = new LinkedList<>(List.of(start));
        for (String at = last; !at.equals(start); at = cameFrom.get(at)) way.addFirst(at);
        way.addFirst(start);
        return way;
    }

    private Set<String> reachableFrom(String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String q : dependenciesOf(queue.poll())) if (seen.add(q)) queue.add(q);
        }
        return seen;
    }

    private static List<String> references(String code) {
        List<String> refs = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) refs.add(m.group(1));
        m = QUALIFIED.matcher(code);
        while (m.find()) refs.add(m.group());
        return refs;
    }

    /** The longest package of the tree that {@code name} is in or names, or null. */
    private static String longestPackage(String name, Set<String> packages) {
        for (String n = name; ; n = n.substring(0, n.lastIndexOf('.'))) {
            if (packages.contains(n)) return n;
            if (n.indexOf('.') < 0) return null;
        }
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** The source with its comments and its string, text-block and character literals each blanked to a space. */
    static String codeOnly(String source) {
        StringBuilder b = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = endOfSkipped(source, i);
            if (end == i) {
                b.append(source.charAt(i++));
            } else {
                b.append(' ');
                i = end;
            }
        }
        return b.toString();
    }

    /** Where the comment or literal starting at {@code i} ends, or {@code i} when none starts there. */
    private static int endOfSkipped(String s, int i) {
        if (s.startsWith("//", i)) return until(s, "\n", i);
        if (s.startsWith("/*", i)) return Math.min(s.length(), until(s, "*/", i + 2) + 2);
        if (s.startsWith("\"\"\"", i)) return closing(s, i + 3, "\"\"\"");
        if (s.charAt(i) == '"' || s.charAt(i) == '\'') return closing(s, i + 1, String.valueOf(s.charAt(i)));
        return i;
    }

    /** Just past the first {@code quote} from {@code from} that no backslash escapes, or the end of the text. */
    private static int closing(String s, int from, String quote) {
        for (int j = from; j < s.length(); j++) {
            if (s.charAt(j) == '\\') j++;
            else if (s.startsWith(quote, j)) return j + quote.length();
        }
        return s.length();
    }

    /** Where {@code marker} next stands from {@code from}, or the end of the text. */
    private static int until(String s, String marker, int from) {
        int at = s.indexOf(marker, from);
        return at < 0 ? s.length() : at;
    }
}
