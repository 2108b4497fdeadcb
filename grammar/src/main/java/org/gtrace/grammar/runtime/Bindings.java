package org.gtrace.grammar.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gtrace.grammar.check.Type;

/** The session's names: each bound to a value and the static type the checker uses for it. */
public final class Bindings {

    private record Entry(Object value, Type type) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public void put(String name, Object value, Type type) {
        entries.remove(name); // a redefinition moves to the end, like a fresh definition
        entries.put(name, new Entry(value, type));
    }

    public Optional<Object> value(String name) {
        Entry e = entries.get(name);
        return e == null ? Optional.empty() : Optional.ofNullable(e.value());
    }

    public Object require(String name) {
        Entry e = entries.get(name);
        if (e == null) throw new IllegalStateException("unbound after checking: " + name);
        return e.value();
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** Name → type, as the checker wants it. */
    public Map<String, Type> types() {
        Map<String, Type> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k, v.type()));
        return out;
    }

    public void clear() {
        entries.clear();
    }

    /** A copy, so a failed cell can be rolled back. */
    public Bindings copy() {
        Bindings b = new Bindings();
        b.entries.putAll(entries);
        return b;
    }

    public void restore(Bindings from) {
        entries.clear();
        entries.putAll(from.entries);
    }
}
