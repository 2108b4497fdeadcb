package org.gtrace.grammar.ast;

import java.util.List;
import java.util.Optional;

/** The {@code < … >} of a declaration. */
public record Block(List<Property> properties, Span span) {

    public static final Block EMPTY = new Block(List.of(), Span.NONE);

    public Block {
        properties = List.copyOf(properties);
    }

    /** The last property of that name (a later one overrides an earlier one). */
    public Optional<Property> get(String name) {
        for (int i = properties.size() - 1; i >= 0; i--) {
            if (properties.get(i).name().text().equals(name)) return Optional.of(properties.get(i));
        }
        return Optional.empty();
    }
}
