package org.gtrace.grammar.check;

import java.util.LinkedHashSet;
import java.util.Set;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;

/** Resolves names of bound things and domain words, with "did you mean" when they do not resolve. */
final class Names {

    /** A dotted word like image.sd3_medium.1024 cannot be declared: the lexer reads it whole so presets need no quotes. */
    private static final String DOTTED = "a dotted word with a part starting with a digit is a preset id, which only "
            + "'preset' takes; names have no dots, and a property is written ghibli.energy";

    private final Scope scope;
    private final Catalog catalog;
    private final Diagnostics diagnostics;

    Names(Scope scope, Catalog catalog, Diagnostics diagnostics) {
        this.scope = scope;
        this.catalog = catalog;
        this.diagnostics = diagnostics;
    }

    /** Whether {@code name} is bound, or bound later in the cell (so using it has an error of its own). */
    boolean known(Name name) {
        return scope.lookup(name.text()) != null || scope.definedLater(name.text(), name.span()) != null;
    }

    /** "did you mean …?" for a name close to one in scope, or "". */
    String suggestion(Name name) {
        return DidYouMean.hint(name.text(), scope.visibleNames());
    }

    /** The type bound to {@code name}, or UNKNOWN after reporting a NameError. */
    Type resolve(Name name) {
        Type t = scope.lookup(name.text());
        if (t != null) return t;
        Span later = scope.definedLater(name.text(), name.span());
        if (later != null) {
            diagnostics.error(Kind.NAME, name.span(), "'" + name.text() + "' is used before it is defined",
                    "it is defined on line " + later.line() + "; move that statement above this one");
            return Type.UNKNOWN;
        }
        String hint = name.text().contains(".") ? DOTTED : DidYouMean.hint(name.text(), scope.visibleNames());
        if (hint.isEmpty() && org.gtrace.stdlib.units.Units.simple(name.text()).isPresent()) {
            hint = "'" + name.text() + "' is a unit: write it after a number, with no spaces around '/': 35K images/" + name.text();
        }
        if (hint.isEmpty() && name.text().contains("-")) {
            hint = "to subtract, put spaces around '-'";
        }
        diagnostics.error(Kind.NAME, name.span(), "'" + name.text() + "' is not defined",
                hint.isEmpty() ? "define it first, e.g. 'workload image " + name.text() + " < queries 1M; energy 3 Wh >' or 'let "
                        + name.text() + " = …'" : hint);
        return Type.UNKNOWN;
    }

    /** Resolves a thing of one of the given kinds (workload, training…); reports a TypeError otherwise. */
    Type resolveKind(Name name, String needs, Type.Tag... tags) {
        return resolveKind(name, needs, "", tags);
    }

    /** The same, with a hint for the TypeError. */
    Type resolveKind(Name name, String needs, String hint, Type.Tag... tags) {
        Type t = resolve(name);
        if (t.isUnknown()) return t;
        for (Type.Tag tag : tags) if (t.tag() == tag) return t;
        diagnostics.error(Kind.TYPE, name.span(), "'" + name.text() + "' is " + t.describe() + ", not " + needs, hint);
        return Type.UNKNOWN;
    }

    boolean isRegion(String word) {
        Type t = scope.lookup(word);
        return (t != null && t.tag() == Type.Tag.REGION) || catalog.contains(Domain.REGION, word);
    }

    /** Checks a region word (bundled, or defined with 'region NAME < … >'). */
    boolean region(Name name) {
        if (isRegion(name.text())) return true;
        Type t = scope.lookup(name.text());
        if (t != null && !t.isUnknown()) {
            diagnostics.error(Kind.TYPE, name.span(), "'" + name.text() + "' is " + t.describe() + ", not a region", "");
            return false;
        }
        Set<String> all = new LinkedHashSet<>(scope.namesOf(Type.Tag.REGION));
        all.addAll(catalog.names(Domain.REGION));
        String hint = name.text().contains(".") ? DOTTED : DidYouMean.hint(name.text(), all);
        diagnostics.error(Kind.NAME, name.span(), "unknown region '" + name.text() + "'",
                hint.isEmpty() ? "use an ISO code (FR, US, IND), a country name, a cloud region (us-central1), "
                        + "or define one: region " + name.text() + " < intensity 300 g/kWh >" : hint);
        return false;
    }

    /** Checks a word of a catalog domain other than regions. */
    /** The modality a known preset measures. */
    java.util.Optional<String> presetModality(String id) {
        return catalog.presetModality(id);
    }

    boolean domainWord(Domain domain, String word, Span span) {
        if (catalog.contains(domain, word)) return true;
        java.util.List<String> containing = catalog.names(domain).stream()
                .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(java.util.Locale.ROOT))).limit(6).toList();
        if (containing.size() > 1) {
            diagnostics.error(Kind.NAME, span, "'" + word + "' matches several " + domain.noun() + "s",
                    "write one in quotes: \"" + String.join("\", \"", containing) + "\"");
            return false;
        }
        String hint = DidYouMean.hint(word, catalog.names(domain));
        diagnostics.error(Kind.NAME, span, "unknown " + domain.noun() + " '" + word + "'",
                hint.isEmpty() ? "known: " + preview(catalog.names(domain)) : hint);
        return false;
    }

    private static String preview(java.util.Collection<String> words) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String w : words) {
            if (n++ == 8) {
                b.append(", …");
                break;
            }
            if (b.length() > 0) b.append(", ");
            b.append(w);
        }
        return b.toString();
    }

    Catalog catalog() {
        return catalog;
    }
}
