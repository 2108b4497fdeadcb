package org.gtrace.grammar.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;

/** What a declaration must say to be computable (a volume and an energy, a duration and a power…). */
final class Requirements {

    /** Settings that scale an image or video energy, each against its {@code reference_} twin; an example of each. */
    private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("resolution", "1024x1024");
        EXAMPLES.put("steps", "50");
        EXAMPLES.put("length", "5 s");
        EXAMPLES.put("fps", "16");
    }

    private static final Set<String> VIDEO_ONLY = Set.of("length", "fps");

    private Requirements() {}

    static void workload(Stmt.Workload w, Diagnostics d) {
        Block b = w.block();
        if (!InputWays.VOLUME.touched(v -> has(b, v))) {
            d.error(Kind.PROPERTY, w.name().span(), "workload '" + w.name().text() + "' needs a volume",
                    "add one of: queries 700M, images 1M, tokens 2B, rate 35K images/day with period 60 days");
        }
        if (has(b, "rate") && !has(b, "period")) {
            d.error(Kind.PROPERTY, b.get("rate").get().span(), "a rate needs a period", "add period 60 days");
        }
        boolean energy = InputWays.ENERGY_PER_OUTPUT.touched(v -> has(b, v) && !v.equals("output_tokens"));
        if (!energy) {
            d.error(Kind.PROPERTY, w.name().span(), "workload '" + w.name().text() + "' needs an energy per output",
                    "add energy 0.006 kWh, a preset, or the parametric inputs (output_tokens and active_params for text;"
                            + " for images and video, a reference figure with reference_resolution, reference_steps …)");
        }
        for (InputWays.Input input : InputWays.EXCLUSIVE) oneWay(b, input, d);
        settings(w, d);
        textModel(w, d);
    }

    /** The text model's settings qualify output_tokens and active_params; written without them they would set nothing. */
    private static void textModel(Stmt.Workload w, Diagnostics d) {
        Block b = w.block();
        boolean model = has(b, "output_tokens") && has(b, "active_params");
        String modality = w.modality() == null ? "" : w.modality().text();
        for (String s : InputWays.TEXT_MODEL_SETTINGS) {
            if (!has(b, s)) continue;
            if (!modality.isEmpty() && !modality.equals("text")) {
                d.error(Kind.PROPERTY, b.get(s).get().name().span(), "'" + s + "' sets the text model, and this is "
                        + (modality.equals("image") ? "an" : "a") + " " + modality + " workload", "remove " + s);
            } else if (!model) {
                d.error(Kind.PROPERTY, b.get(s).get().name().span(), "'" + s + "' sets the text model, which needs output_tokens"
                        + " and active_params", "add output_tokens 500 and active_params 70B, or remove " + s);
            }
        }
        if (model && has(b, "input_tokens") != has(b, "prefill_energy")) {
            boolean tokens = has(b, "input_tokens");
            d.error(Kind.PROPERTY, b.get(tokens ? "input_tokens" : "prefill_energy").get().name().span(), tokens
                    ? "input tokens need prefill_energy, the energy to prefill one: no published figure can serve as its default"
                    : "prefill_energy needs input_tokens", tokens ? "add prefill_energy from a measurement of your serving stack,"
                    + " such as prefill_energy 0.00002 Wh/token" : "add input_tokens 10000");
        }
    }

    /** Two ways of giving one input would leave one silently unused: the second is an error. */
    private static void oneWay(Block b, InputWays.Input input, Diagnostics d) {
        String what = input.what();
        String firstName = null;
        List<String> firstWay = null;
        for (Property p : b.properties()) {
            String name = p.name().text();
            List<String> way = input.wayOf(name);
            if (way == null) continue;
            if (firstWay == null) {
                firstName = name;
                firstWay = way;
            } else if (way != firstWay) {
                d.error(Kind.PROPERTY, p.name().span(), "'" + firstName + "' and '" + name + "' both give " + what
                        + "; only one would be used", "keep one of them; a scenario can try the other: scenario s from … < "
                        + name + " … >");
            }
        }
    }

    /**
     * Output settings (resolution, steps; length, fps for video) belong to the modalities they
     * scale, and each needs its reference; a length beside footage counts videos and scales nothing.
     */
    private static void settings(Stmt.Workload w, Diagnostics d) {
        Block b = w.block();
        String modality = w.modality() == null ? "" : w.modality().text();
        boolean footage = has(b, "footage");
        for (String s : EXAMPLES.keySet()) {
            boolean videoOnly = VIDEO_ONLY.contains(s);
            boolean applies = modality.isEmpty() || modality.equals("video") || !videoOnly && modality.equals("image");
            if (!applies) {
                for (String name : List.of(s, "reference_" + s)) {
                    if (name.equals("length") && footage) continue;
                    b.get(name).ifPresent(p -> misplaced(p, w, modality, videoOnly, d));
                }
            } else if (has(b, s) && !has(b, "reference_" + s) && !(s.equals("length") && footage)) {
                d.error(Kind.PROPERTY, b.get(s).get().name().span(), "'" + s + "' scales the energy per output from the " + s
                        + " its figure was measured at, which is not given", "add reference_" + s + " " + EXAMPLES.get(s)
                        + " (the setting its energy figure was measured at), or remove " + s);
            }
        }
    }

    private static void misplaced(Property p, Stmt.Workload w, String modality, boolean videoOnly, Diagnostics d) {
        String name = p.name().text();
        d.error(Kind.PROPERTY, p.name().span(), "'" + name + "' applies to " + (videoOnly ? "video" : "image and video")
                + " workloads, not " + modality, "remove " + name + ", or declare workload "
                + (videoOnly ? "video" : "image") + " " + w.name().text());
    }

    static void training(Name name, Block b, Diagnostics d) {
        if (has(b, "energy")) return;
        boolean time = has(b, "accelerator_hours") || (has(b, "duration") && has(b, "count"));
        boolean power = has(b, "power") || has(b, "accelerator");
        if (!time || !power) {
            d.error(Kind.PROPERTY, name.span(), "training '" + name.text() + "' needs its energy or how it ran",
                    "add energy 1287 MWh, or accelerator A100 with count 1024 and duration 30 days (or accelerator_hours)");
        }
    }

    static void simulation(Stmt.Simulate s, Diagnostics d) {
        Block b = s.block();
        if (!has(b, "users")) {
            d.error(Kind.PROPERTY, s.name().span(), "simulation '" + s.name().text() + "' needs users", "add users 130M");
        }
        if (!has(b, "days")) {
            d.error(Kind.PROPERTY, s.name().span(), "simulation '" + s.name().text() + "' needs days", "add days 60");
        }
        if (s.base() == null && !has(b, "energy")) {
            d.error(Kind.PROPERTY, s.name().span(), "simulation '" + s.name().text() + "' needs an energy per output",
                    "add energy 0.006 kWh, or simulate from a workload: simulate " + s.name().text() + " from ghibli < … >");
        }
    }

    private static boolean has(Block b, String name) {
        return b.get(name).isPresent();
    }
}
