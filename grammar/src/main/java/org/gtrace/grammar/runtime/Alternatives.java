package org.gtrace.grammar.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gtrace.grammar.check.Schemas;

/**
 * Properties that are alternative ways of giving one input (energy per output by a figure, a
 * preset or a parametric model; volume by a count, a rate or footage; grid by a region or an
 * intensity). When an override sets one of {@link #leaders}, the base's {@link #followers} that
 * the override does not set are dropped.
 */
record Alternatives(Set<String> leaders, Set<String> followers) {

    static final List<Alternatives> GROUPS = List.of(energySource(), volume(), grid());

    private static Alternatives energySource() {
        Set<String> all = Set.of("energy", "energy_per_token", "preset", "output_tokens", "active_params");
        return new Alternatives(all, all);
    }

    private static Alternatives volume() {
        // period and length qualify a rate or footage; they stay unless overridden themselves.
        Set<String> all = new java.util.HashSet<>(Schemas.Volume.WORDS);
        all.addAll(Set.of("rate", "tokens", "footage"));
        return new Alternatives(Set.copyOf(all), Set.copyOf(all));
    }

    private static Alternatives grid() {
        return new Alternatives(Set.of("region"), Set.of("intensity"));
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
