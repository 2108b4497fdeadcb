package org.gtrace.grammar.ast;

import java.util.List;

/**
 * One {@code name value} pair inside {@code < >}. A value is a list of items separated by
 * commas; an item is an expression, optionally keyed ({@code region US 40%, FR 60%}). A
 * property written without a value ({@code < telemetry >}) has no items and means "yes".
 */
public record Property(Name name, List<Item> items, Span span) {

    public Property {
        items = List.copyOf(items);
    }

    /** {@code key} is null for a plain item. */
    public record Item(Name key, Expr value, Span span) {}

    public boolean isFlag() {
        return items.isEmpty();
    }

    /** The single plain value, or null when the property has none, several, or a keyed one. */
    public Expr single() {
        return items.size() == 1 && items.get(0).key() == null ? items.get(0).value() : null;
    }
}
