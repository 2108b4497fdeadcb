package org.gtrace.grammar.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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

/** Completion at a cursor: keywords, the properties valid there, session names, regions, accelerators, units. */
public final class Completer {

    private static final int MAX = 200;

    private final Catalog catalog;

    public Completer(Catalog catalog) {
        this.catalog = catalog;
    }

    public Completion complete(String code, int cursor, Map<String, Type> names) {
        Context c = Context.at(code, cursor);
        int at = Math.max(0, Math.min(cursor, code.length()));
        if (c.inBlock() && c.property().equals("preset")) return ids(code, at, presets(c));
        if (FIGURE_ARGUMENT.matcher(code.substring(0, at)).find()) return ids(code, at, catalog.names(Domain.FIGURE));
        Set<String> candidates = new LinkedHashSet<>();
        if (c.inBlock()) block(c, names, candidates);
        else statement(c, names, candidates);
        List<String> matches = new ArrayList<>();
        String p = c.prefix().toLowerCase(Locale.ROOT);
        for (String s : candidates) {
            if (s.toLowerCase(Locale.ROOT).startsWith(p) && matches.size() < MAX) matches.add(s);
        }
        return new Completion(matches, c.start(), c.end());
    }

    private void statement(Context c, Map<String, Type> names, Set<String> out) {
        Lexeme prev = c.previous();
        if (prev != null && prev.kind() == Lexeme.Kind.NUMBER) {
            out.addAll(Units.symbols());
            return;
        }
        if (c.statement().isEmpty()) {
            out.addAll(Lexing.keywords());
            out.addAll(names.keySet());
            return;
        }
        if (prev != null && (prev.text().equals("across") || prev.text().equals("from") && c.statement().equals("region"))) {
            addRegions(names, out);
            return;
        }
        if (prev != null && prev.text().equals("by")) {
            out.addAll(List.of("region", "day", "modality", "phase"));
            return;
        }
        if (prev != null && prev.text().equals("as")) {
            out.addAll(ChartStyles.ALL);
            return;
        }
        if (prev != null && prev.kind() == Lexeme.Kind.KEYWORD && c.statement().equals("workload") && prev.text().equals("workload")) {
            out.addAll(catalog.names(Domain.MODALITY));
            return;
        }
        if (c.statement().equals("set") && prev != null && prev.text().equals("set")) {
            out.addAll(Schemas.of(Schemas.Owner.SET).keySet());
            return;
        }
        out.addAll(names.keySet());
        out.addAll(Functions.all().keySet());
        out.addAll(Lexing.keywords());
    }

    private void block(Context c, Map<String, Type> names, Set<String> out) {
        Map<String, PropertySpec> schema = schemaOf(c, names);
        if (c.property().isEmpty() || c.property().equals(c.prefix()) && isPropertyStart(c)) {
            // a second way of giving an input already given would be an error: not offered
            java.util.Set<String> excluded = InputWays.excludedBy(c.written());
            for (String p : schema.keySet()) if (!excluded.contains(p)) out.add(p);
            return;
        }
        Lexeme prev = c.previous();
        if (prev != null && prev.kind() == Lexeme.Kind.NUMBER) {
            out.addAll(Units.symbols());
            return;
        }
        PropertySpec spec = schema.get(c.property());
        if (spec == null) return;
        switch (spec.shape()) {
            case REGION, REGIONS, BLEND -> addRegions(names, out);
            case ACCELERATOR -> out.addAll(catalog.names(Domain.ACCELERATOR));
            case WORD, WORDS -> out.addAll(spec.options());
            case FLAG -> out.addAll(List.of("yes", "no"));
            case TEXT -> {
                if (spec.name().equals("preset")) out.addAll(presets(c));
            }
            case CURVE -> out.addAll(List.of("logistic", "bass"));
            case COUNT -> out.addAll(List.of("poisson", "negbin"));
            default -> {
                out.addAll(names.keySet());
                out.addAll(Functions.all().keySet());
            }
        }
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
    private Completion ids(String code, int cursor, Collection<String> ids) {
        int start = cursor;
        while (start > 0 && isPresetChar(code.charAt(start - 1))) start--;
        int end = cursor;
        while (end < code.length() && isPresetChar(code.charAt(end))) end++;
        String p = code.substring(start, cursor).toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (String id : ids) {
            if (id.toLowerCase(Locale.ROOT).startsWith(p) && matches.size() < MAX) matches.add(id);
        }
        return new Completion(matches, start, end);
    }

    private static boolean isPresetChar(char ch) {
        return Context.isWordChar(ch) || ch == '.';
    }

    private static boolean isPropertyStart(Context c) {
        Lexeme prev = c.previous();
        return prev == null || prev.kind() == Lexeme.Kind.OPEN || prev.kind() == Lexeme.Kind.SEPARATOR
                || prev.kind() == Lexeme.Kind.NEWLINE;
    }

    private void addRegions(Map<String, Type> names, Set<String> out) {
        names.forEach((k, v) -> { if (v.tag() == Type.Tag.REGION) out.add(k); });
        out.addAll(catalog.names(Domain.REGION));
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
