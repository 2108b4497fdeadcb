package org.gtrace.grammar.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gtrace.grammar.check.Catalog;
import org.gtrace.grammar.check.ChartStyles;
import org.gtrace.grammar.check.Domain;
import org.gtrace.grammar.check.Functions;
import org.gtrace.grammar.check.InputWays;
import org.gtrace.grammar.check.PropertySpec;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.check.Type;
import org.gtrace.grammar.parse.Lexeme;
import org.gtrace.grammar.parse.Lexing;
import org.gtrace.stdlib.units.Units;

/**
 * Completion at a cursor: keywords, the properties valid there, session names, regions,
 * accelerators, units and file names in {@code load}, each with its kind. A region is offered
 * once, in the first of its spellings (ISO3, ISO2, name; a cloud region's bare id) that fits what
 * is typed, quoted where the language needs it ("Falkland Islands").
 */
public final class Completer {

    private static final int MAX = 200;

    private final Catalog catalog;

    public Completer(Catalog catalog) {
        this.catalog = catalog;
    }

    public Completion complete(String code, int cursor, Map<String, Type> names) {
        return complete(code, cursor, names, null);
    }

    /** As {@link #complete(String, int, Map)}; {@code baseDirectory}, when given, is where {@code load} finds files. */
    public Completion complete(String code, int cursor, Map<String, Type> names, Path baseDirectory) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        java.util.regex.Matcher path = LOAD_PATH.matcher(code.substring(0, at));
        if (path.find()) return files(baseDirectory, path.group(1), at - path.group(1).length(), at);
        Context c = Context.at(code, cursor);
        if (c.inBlock() && c.property().equals("preset")) return ids(code, at, presets(c), "preset");
        if (FIGURE_ARGUMENT.matcher(code.substring(0, at)).find()) return ids(code, at, catalog.names(Domain.FIGURE), "figure");
        Map<String, String> candidates = new LinkedHashMap<>();
        String p = c.prefix().toLowerCase(Locale.ROOT);
        if (c.inBlock()) block(c, names, candidates, c.prefix());
        else statement(c, names, candidates, c.prefix());
        List<String> matches = new ArrayList<>(), types = new ArrayList<>();
        for (Map.Entry<String, String> e : candidates.entrySet()) {
            if (unquoted(e.getKey()).toLowerCase(Locale.ROOT).startsWith(p) && matches.size() < MAX) {
                matches.add(e.getKey());
                types.add(e.getValue());
            }
        }
        return new Completion(matches, types, c.start(), c.end());
    }

    /** The cursor inside {@code load NAME from "…}, on the path. */
    private static final Pattern LOAD_PATH = Pattern.compile("(?:^|\\n)\\s*load\\s+[A-Za-z_]\\w*\\s+from\\s+\"([^\"\\n]*)$");

    /** The CSV files and folders under {@code dir} that the typed path leads to. */
    private static Completion files(Path dir, String typed, int start, int end) {
        List<String> matches = new ArrayList<>(), types = new ArrayList<>();
        Path base = dir == null ? Path.of("") : dir;
        int slash = typed.lastIndexOf('/');
        String folder = slash < 0 ? "" : typed.substring(0, slash + 1);
        String stem = typed.substring(slash + 1);
        Path where = base.resolve(folder.isEmpty() ? "." : folder);
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(where)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || !name.startsWith(stem) || matches.size() >= MAX) continue;
                boolean isDir = java.nio.file.Files.isDirectory(f);
                if (!isDir && !name.toLowerCase(Locale.ROOT).endsWith(".csv")) continue;
                matches.add(folder + name + (isDir ? "/" : ""));
                types.add(isDir ? "folder" : "file");
            }
        } catch (java.io.IOException | java.nio.file.InvalidPathException | SecurityException e) {
            // a folder that cannot be listed offers nothing
        }
        return new Completion(matches, types, start, end);
    }

    private static void add(Map<String, String> out, Collection<String> words, String type) {
        for (String w : words) out.putIfAbsent(w, type);
    }

    private void statement(Context c, Map<String, Type> names, Map<String, String> out, String prefix) {
        Lexeme prev = c.previous();
        if (prev != null && prev.kind() == Lexeme.Kind.NUMBER) {
            add(out, Units.symbols(), "unit");
            return;
        }
        if (c.statement().isEmpty()) {
            add(out, Lexing.keywords(), "keyword");
            addNames(names, out);
            return;
        }
        if (prev != null && (prev.text().equals("across") || prev.text().equals("from") && c.statement().equals("region"))) {
            addRegions(names, out, prefix);
            return;
        }
        if (prev != null && prev.text().equals("by")) {
            add(out, List.of("region", "day", "modality", "phase"), "breakdown");
            return;
        }
        if (prev != null && prev.text().equals("as")) {
            add(out, ChartStyles.ALL, "chart style");
            return;
        }
        if (prev != null && prev.kind() == Lexeme.Kind.KEYWORD && c.statement().equals("workload") && prev.text().equals("workload")) {
            add(out, catalog.names(Domain.MODALITY), "modality");
            return;
        }
        if (c.statement().equals("set") && prev != null && prev.text().equals("set")) {
            add(out, Schemas.of(Schemas.Owner.SET).keySet(), "setting");
            return;
        }
        addNames(names, out);
        add(out, Functions.all().keySet(), "function");
        add(out, Lexing.keywords(), "keyword");
    }

    private void block(Context c, Map<String, Type> names, Map<String, String> out, String prefix) {
        Map<String, PropertySpec> schema = schemaOf(c, names);
        if (c.property().isEmpty() || c.property().equals(c.prefix()) && isPropertyStart(c)) {
            // a second way of giving an input already given would be an error: not offered
            java.util.Set<String> excluded = InputWays.excludedBy(c.written());
            for (String p : schema.keySet()) if (!excluded.contains(p)) out.putIfAbsent(p, "property");
            return;
        }
        Lexeme prev = c.previous();
        if (prev != null && prev.kind() == Lexeme.Kind.NUMBER) {
            add(out, Units.symbols(), "unit");
            return;
        }
        PropertySpec spec = schema.get(c.property());
        if (spec == null) return;
        switch (spec.shape()) {
            case REGION, REGIONS, BLEND -> addRegions(names, out, prefix);
            case ACCELERATOR -> add(out, catalog.names(Domain.ACCELERATOR).stream().map(Completer::quotedIfNeeded).toList(), "accelerator");
            case WORD, WORDS -> add(out, spec.options(), "option");
            case FLAG -> add(out, List.of("yes", "no"), "option");
            case TEXT -> {
                if (spec.name().equals("preset")) add(out, presets(c), "preset");
            }
            case CURVE -> add(out, List.of("logistic", "bass"), "function");
            case COUNT -> add(out, List.of("poisson", "negbin"), "function");
            default -> {
                addNames(names, out);
                add(out, Functions.all().keySet(), "function");
            }
        }
    }

    /** Session names, with what they hold: "workload", "quantity"… */
    private static void addNames(Map<String, Type> names, Map<String, String> out) {
        names.forEach((k, v) -> out.putIfAbsent(k, v.tag().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    /** The presets that fit the workload's modality when it is written (a text workload is offered text presets). */
    private Collection<String> presets(Context c) {
        Collection<String> all = catalog.names(Domain.PRESET);
        if (c.modality().isEmpty()) return all;
        List<String> fit = all.stream().filter(id -> catalog.presetModality(id).map(c.modality()::equals).orElse(true)).toList();
        return fit.isEmpty() ? all : fit;
    }

    /** The cursor inside {@code figure(}, on its id. */
    private static final Pattern FIGURE_ARGUMENT =
            Pattern.compile("(?:^|[^A-Za-z0-9_])figure\\(\\s*\"?[A-Za-z0-9_.\\-]*$");

    /**
     * A preset or figure id is one dotted word (quoted or not, e.g. video.cogvideox.5s_16fps), so
     * it is completed whole rather than from its last dot.
     */
    private Completion ids(String code, int cursor, Collection<String> ids, String type) {
        int start = cursor;
        while (start > 0 && isPresetChar(code.charAt(start - 1))) start--;
        int end = cursor;
        while (end < code.length() && isPresetChar(code.charAt(end))) end++;
        String p = code.substring(start, cursor).toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (String id : ids) {
            if (id.toLowerCase(Locale.ROOT).startsWith(p) && matches.size() < MAX) matches.add(id);
        }
        return new Completion(matches, matches.stream().map(m -> type).toList(), start, end);
    }

    private static boolean isPresetChar(char ch) {
        return Context.isWordChar(ch) || ch == '.';
    }

    private static boolean isPropertyStart(Context c) {
        Lexeme prev = c.previous();
        return prev == null || prev.kind() == Lexeme.Kind.OPEN || prev.kind() == Lexeme.Kind.SEPARATOR
                || prev.kind() == Lexeme.Kind.NEWLINE;
    }

    /**
     * The user's regions, then each bundled one once, in its first spelling that fits what was
     * typed: as typed ("Fra" is France, "FR" is FRA), else ignoring case.
     */
    private void addRegions(Map<String, Type> names, Map<String, String> out, String typed) {
        names.forEach((k, v) -> { if (v.tag() == Type.Tag.REGION) out.putIfAbsent(k, "region"); });
        String lower = typed.toLowerCase(Locale.ROOT);
        for (List<String> spellings : catalog.spellings(Domain.REGION)) {
            String pick = spellings.stream().filter(s -> s.startsWith(typed)).findFirst()
                    .orElse(spellings.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith(lower)).findFirst().orElse(null));
            if (pick != null) out.putIfAbsent(quotedIfNeeded(pick), "region");
        }
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*");

    /** A word the lexer reads as one name stays as it is; anything else ("Falkland Islands", "H100 SXM") is quoted. */
    static String quotedIfNeeded(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "\"" + word.replace("\"", "") + "\"";
    }

    private static String unquoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static Map<String, PropertySpec> schemaOf(Context c, Map<String, Type> names) {
        return switch (c.statement()) {
            case "workload" -> Schemas.of(Schemas.Owner.WORKLOAD);
            case "training" -> Schemas.of(Schemas.Owner.TRAINING);
            case "region" -> Schemas.of(Schemas.Owner.REGION);
            case "simulate" -> Schemas.of(Schemas.Owner.SIMULATE);
            case "assess" -> Schemas.of(Schemas.Owner.ASSESS);
            case "load" -> Schemas.of(Schemas.Owner.LOAD);
            case "equivalents" -> Schemas.of(Schemas.Owner.EQUIVALENTS);
            case "scenario" -> {
                Type base = names.get(c.base());
                Type.Tag tag = base == null ? Type.Tag.WORKLOAD : base.tag();
                yield Schemas.of(tag == Type.Tag.TRAINING ? Schemas.Owner.TRAINING
                        : tag == Type.Tag.SIMULATION ? Schemas.Owner.SIMULATE : Schemas.Owner.WORKLOAD);
            }
            default -> Map.of();
        };
    }

    /** Exposed for inspection: every schema a property word may belong to. */
    static Collection<Map<String, PropertySpec>> allSchemas() {
        List<Map<String, PropertySpec>> out = new ArrayList<>();
        for (Schemas.Owner o : Schemas.Owner.values()) out.add(Schemas.of(o));
        return out;
    }
}
