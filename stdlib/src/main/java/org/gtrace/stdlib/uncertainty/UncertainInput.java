package org.gtrace.stdlib.uncertainty;

import java.util.Objects;
import org.gtrace.stdlib.provenance.Source;

/**
 * A named input of a model and what is known about it, in base units.
 *
 * @param name         the symbol shown in the sensitivity table ("energy per image")
 * @param distribution its distribution, in base units
 * @param source       where it comes from (a user's input, a dataset, an assumption)
 */
public record UncertainInput(String name, Distribution distribution, Source source) {
    public UncertainInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution of " + name);
        source = Objects.requireNonNullElse(source, Source.userInput("the program"));
    }

    public static UncertainInput of(String name, Distribution distribution) {
        return new UncertainInput(name, distribution, null);
    }
}
