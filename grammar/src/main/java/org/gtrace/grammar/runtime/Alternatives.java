package org.gtrace.grammar.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gtrace.grammar.check.InputWays;

/**
 * Properties that are alternative ways of giving one input (energy per output by a figure, a
 * preset or a parametric model; volume by a count, a rate or footage; grid by a region or an
 * intensity). When an override sets one of {@link #leaders}, the base's {@link #followers} that
 * the override does not set are dropped.
 */
record Alternatives(Set<String> leaders, Set<String> followers) {

    /** From the one table of ways; period and length qualify a rate or footage and stay unless overridden themselves. */
    static final List<Alternatives> GROUPS = InputWays.ALL.stream().map(Alternatives::of).toList();

    private static Alternatives of(InputWays.Input input) {
        Set<String> followers = new java.util.HashSet<>(input.words());
        if (!input.replaces().containsAll(followers)) followers.removeAll(input.replaces());
        return new Alternatives(input.replaces(), Set.copyOf(followers));
    }

    void dropReplaced(Map<String, Object> inherited, Set<String> overridden) {
        if (overridden.stream().noneMatch(leaders::contains)) return;
        // A parametric override that sets only one of its two inputs keeps the other from the base.
        boolean parametric = overridden.contains("output_tokens") || overridden.contains("active_params");
        for (String f : followers) {
            if (overridden.contains(f)) continue;
            if (parametric && (f.equals("output_tokens") || f.equals("active_params"))) continue;
            inherited.remove(f);
        }
    }
}
