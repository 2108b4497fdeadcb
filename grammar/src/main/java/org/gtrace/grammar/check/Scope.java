package org.gtrace.grammar.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Span;

/**
 * The names visible while checking one cell: those the session already holds, then those the
 * cell defines as it goes. Names the cell defines further down are known too, so that using
 * one too early can say where it is defined.
 */
final class Scope {

    private final Map<String, Type> session;
    private final Map<String, Type> cell = new HashMap<>();
    private final Map<String, Span> later;

    Scope(Map<String, Type> session, Map<String, Span> laterDefinitions) {
        this.session = session;
        this.later = laterDefinitions;  // the checker's own map, made for this run
    }

    Type lookup(String name) {
        Type t = cell.get(name);
        return t != null ? t : session.get(name);
    }

    void define(Name name, Type type) {
        cell.put(name.text(), type);
    }

    Map<String, Type> definedInCell() {
        return cell;
    }

    /** Where the cell defines {@code name} after {@code use}, or null. */
    Span definedLater(String name, Span use) {
        Span s = later.get(name);
        return s != null && s.start() > use.start() ? s : null;
    }

    Set<String> visibleNames() {
        Set<String> out = new LinkedHashSet<>(session.keySet());
        out.addAll(cell.keySet());
        return out;
    }

    /** Names of a given kind, for "did you mean" among regions or workloads. */
    Set<String> namesOf(Type.Tag tag) {
        Set<String> out = new LinkedHashSet<>();
        session.forEach((k, v) -> { if (v.tag() == tag) out.add(k); });
        cell.forEach((k, v) -> { if (v.tag() == tag) out.add(k); });
        return out;
    }
}
