package org.gtrace.stdlib.uncertainty;

import java.util.Objects;

/**
 * A named input of a black-box {@link VectorModel} and what is known about it, in base units.
 * Estimates of the core take {@link UncertainQuantity} inputs instead.
 *
 * @param name         the symbol shown in the sensitivity table ("energy per image")
 * @param distribution its distribution, in base units
 */
public record UncertainInput(String name, Distribution distribution) {
    public UncertainInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution of " + name);
    }

    public static UncertainInput of(String name, Distribution distribution) {
        return new UncertainInput(name, distribution);
    }
}
