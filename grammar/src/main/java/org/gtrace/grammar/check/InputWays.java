package org.gtrace.grammar.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The inputs of a workload that can be given in more than one way, and the ways: the one table
 * the checker (one way each, and one at least), the binder (which way was written), scenarios
 * (an override replaces the base's other ways) and completion (no second way offered) all read.
 */
public final class InputWays {

    /**
     * One input and its ways of being given.
     *
     * @param what     how a message names it ("the energy per output")
     * @param ways     each way as the properties that give it together, in the order the binder prefers
     * @param replaces the properties whose override drops the base's other ways (all of them, or only some:
     *                 a scenario's region drops the base's intensity, its intensity does not drop the region)
     */
    public record Input(String what, List<List<String>> ways, Set<String> replaces) {
        public Input {
            ways = ways.stream().map(List::copyOf).toList();
            replaces = Set.copyOf(replaces);
        }

        /** Every property word of every way. */
        public List<String> words() {
            List<String> out = new ArrayList<>();
            for (List<String> w : ways) out.addAll(w);
            return out;
        }

        /** The way a property belongs to, or null. */
        public List<String> wayOf(String property) {
            return ways.stream().filter(w -> w.contains(property)).findFirst().orElse(null);
        }

        /** The first way of which every property is written, or null. */
        public List<String> given(Predicate<String> written) {
            return ways.stream().filter(w -> w.stream().allMatch(written)).findFirst().orElse(null);
        }

        /** Whether any property of any way is written. */
        public boolean touched(Predicate<String> written) {
            return words().stream().anyMatch(written);
        }
    }

    /** The text model's way of giving the energy per output: both of its properties. */
    public static final List<String> TEXT_MODEL = List.of("output_tokens", "active_params");

    /** The energy per output: a figure, per token, a preset, or the parametric text model (two properties). */
    public static final Input ENERGY_PER_OUTPUT = new Input("the energy per output",
            List.of(List.of("energy"), List.of("energy_per_token"), List.of("preset"), TEXT_MODEL),
            Set.of("energy", "energy_per_token", "preset", "output_tokens", "active_params"));

    /** What qualifies the parametric text model (output_tokens and active_params); they set nothing else. */
    public static final List<String> TEXT_MODEL_SETTINGS =
            List.of("total_params", "reasoning_tokens", "batch", "quantisation", "accelerator", "gpu_memory", "latency",
                    "input_tokens", "prefill_energy");

    /** The volume: a count (any of the volume words), tokens, a rate over a period, or footage. */
    public static final Input VOLUME = volume();

    /** The grid: a region (or a split), or an intensity given outright. */
    public static final Input GRID = new Input("the grid", List.of(List.of("intensity"), List.of("region")), Set.of("region"));

    /** The inputs whose ways must not be mixed in one declaration (a grid may be a region and an intensity beside it). */
    public static final List<Input> EXCLUSIVE = List.of(ENERGY_PER_OUTPUT, VOLUME);

    public static final List<Input> ALL = List.of(ENERGY_PER_OUTPUT, VOLUME, GRID);

    private InputWays() {}

    private static Input volume() {
        List<List<String>> ways = new ArrayList<>();
        for (String v : Schemas.Volume.WORDS) ways.add(List.of(v));
        for (String v : List.of("tokens", "rate", "footage")) ways.add(List.of(v));
        List<String> all = new ArrayList<>();
        for (List<String> w : ways) all.addAll(w);
        return new Input("the volume", ways, Set.copyOf(all));
    }

    /** The properties not worth offering next in a block where {@code written} are: the other ways of an input given. */
    public static Set<String> excludedBy(Set<String> written) {
        Set<String> out = new java.util.HashSet<>();
        for (Input in : EXCLUSIVE) {
            for (String w : written) {
                List<String> way = in.wayOf(w);
                if (way == null) continue;
                for (String other : in.words()) if (!way.contains(other)) out.add(other);
            }
        }
        return out;
    }
}
