package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.errors.Field;
import java.util.Arrays;
import java.util.Locale;
import org.gtrace.stdlib.errors.InputError;

/** What a generative workload produces. */
public enum Modality {
    TEXT, IMAGE, VIDEO, AUDIO, CODE;

    /** Lower-case word as written in the language: "image". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputError(Field.MODALITY, "unknown modality '" + word + "'",
                    "write one of " + String.join(", ", Arrays.stream(values()).map(Modality::word).toList()));
        }
    }
}
