package org.gtrace.stdlib.errors;

import java.util.List;

/**
 * A name (region, accelerator, figure id) that no registry knows; carries close matches so the
 * language checker can offer "did you mean".
 */
public class UnknownNameError extends InputError {

    private final String name;
    private final List<String> suggestions;

    public UnknownNameError(Field field, String kind, String name, List<String> suggestions, String fix) {
        super(field, "unknown " + kind + " '" + name + "'" + didYouMean(suggestions), fix);
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String didYouMean(List<String> suggestions) {
        if (suggestions.isEmpty()) return "";
        return suggestions.size() == 1
                ? "; did you mean '" + suggestions.get(0) + "'?"
                : "; did you mean one of '" + String.join("', '", suggestions) + "'?";
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
