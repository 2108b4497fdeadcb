package org.gtrace.grammar.bind;

import java.util.List;
import org.gtrace.grammar.check.InputWays;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Values;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.Pixels;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.data.Accelerators;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.inference.EmbodiedPerOutput;
import org.gtrace.stdlib.inference.EnergyBoundary;
import org.gtrace.stdlib.inference.EnergyPerOutput;
import org.gtrace.stdlib.inference.Modality;
import org.gtrace.stdlib.inference.OutputSettings;
import org.gtrace.stdlib.inference.Preset;
import org.gtrace.stdlib.inference.Presets;
import org.gtrace.stdlib.inference.Resolution;
import org.gtrace.stdlib.inference.ScaledEnergy;
import org.gtrace.stdlib.inference.TextModel;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/** A declared workload (or a scenario of one) → the core's fluent {@link Workload}. */
final class WorkloadBuilder {

    private WorkloadBuilder() {}

    static Workload build(Declared d, RunContext ctx) {
        String modality = d.effectiveModality();
        Properties p = d.effective();
        // A workload written without a modality takes its preset's, else text; the label is only for breakdowns.
        Workload w = Workload.of(modality.isEmpty() ? unstated(p) : Modality.parse(modality), d.name());
        RegionTable table = UserRegions.table(ctx);
        w.regions(table);
        volume(w, p);
        energy(w, p);
        if (p.has("pue")) w.pue(p.amount("pue", Field.PUE));
        if (p.has("host_factor")) w.hostFactor(p.amount("host_factor", Field.HOST_FACTOR));
        if (p.has("idle_factor")) w.idleFactor(p.amount("idle_factor", Field.IDLE_FACTOR));
        Object region = p.has("region") ? p.get("region") : ctx.settings().get("region").orElse(null);
        region(w, region, p);
        Object basis = p.has("basis") ? p.get("basis") : ctx.settings().get("basis").orElse(null);
        if (basis != null) w.basis(Values.basis(basis));
        if (p.has("wue")) w.wueOnsite(p.amount("wue", Field.WUE_ONSITE));
        if (p.has("water_offsite")) w.wueOffsite(p.amount("water_offsite", Field.WUE_OFFSITE));
        return w;
    }

    private static Modality unstated(Properties p) {
        return p.has("preset") ? Presets.find(p.word("preset")).map(Preset::modality).orElse(Modality.TEXT) : Modality.TEXT;
    }

    /** The central count of outputs a workload's properties say, whichever way they say it; empty when they give none. */
    static java.util.Optional<Double> outputs(Properties p) {
        Workload probe = Workload.text("volume");
        try {
            volume(probe, p);
        } catch (InputError e) {
            return java.util.Optional.empty();
        }
        return probe.outputCount().map(UncertainQuantity::centralBase);
    }

    /** The volume, by whichever of its ways (the one table, {@link InputWays#VOLUME}) was written. */
    private static void volume(Workload w, Properties p) {
        List<String> way = InputWays.VOLUME.given(p::has);
        String word = way == null ? "" : way.get(0);
        if (Schemas.Volume.WORDS.contains(word)) {
            w.outputs(p.outputs(word, Field.OUTPUTS));
        } else if (word.equals("rate")) {
            if (!p.has("period")) throw new InputError(Field.RATE, "a rate needs a period", "add period 60 days");
            w.rate(p.amount("rate", Field.RATE), p.amount("period", Field.PERIOD));
        } else if (word.equals("tokens")) {
            // Volume in tokens: each token counts as one output, priced by energy_per_token.
            w.outputs(p.amount("tokens", Field.OUTPUTS).as(Dimension.OUTPUTS));
        } else if (word.equals("footage")) {
            if (!p.has("length")) {
                throw new InputError(Field.FOOTAGE, "footage needs the length of one video to count videos", "add length 5 s");
            }
            UncertainQuantity length = p.amount("length", Field.LENGTH);
            if (!(length.low() > 0)) throw new InputError(Field.LENGTH, "must be greater than 0 to count videos in footage", "write length 5 s");
            w.outputs(p.amount("footage", Field.FOOTAGE).dividedBy(length).as(Dimension.OUTPUTS));
        }
    }

    private static void energy(Workload w, Properties p) {
        if (InputWays.ENERGY_PER_OUTPUT.given(p::has) == InputWays.TEXT_MODEL) {
            w.textModel(textModel(p)); // its energy, and the hardware's embodied share by the time each reply holds it
        } else {
            EnergyPerOutput given = given(w, p);
            OutputSettings to = settings(p, "");
            w.energyPerOutput(to.isEmpty() ? given : ScaledEnergy.of(given, settings(p, "reference_"), to, "workload " + w.name()));
        }
        if (p.has("embodied")) w.embodiedPerOutput(embodied(p, "workload " + w.name()));
    }

    /** The hardware's embodied CO2e per output as the user gives it ("0.010 g" reads as per output). */
    private static EmbodiedPerOutput embodied(Properties p, String where) {
        UncertainQuantity c = p.amount("embodied", Field.EMBODIED);
        if (c.dimension().equals(Dimension.CO2E)) c = c.as(Dimension.CO2E_PER_OUTPUT);
        Derivation d = Derivation.of("embodied emissions per output", "c_emb as given")
                .input("c_emb", "embodied CO2e of the hardware per output (your input)", c, Source.userInput(where)).result(c);
        return new EmbodiedPerOutput(c, d);
    }

    /** The per-output energy as written, by whichever of its ways ({@link InputWays#ENERGY_PER_OUTPUT}) was. */
    private static EnergyPerOutput given(Workload w, Properties p) {
        String where = "workload " + w.name();
        EnergyBoundary boundary = p.has("boundary") ? EnergyBoundary.parse(p.word("boundary"))
                : EnergyBoundary.UNSPECIFIED;
        List<String> way = InputWays.ENERGY_PER_OUTPUT.given(p::has);
        String first = way == null ? "" : way.get(0);
        if (first.equals("energy")) {
            return EnergyPerOutput.given(p.amount("energy", Field.ENERGY_PER_OUTPUT), boundary, where);
        } else if (first.equals("energy_per_token")) {
            UncertainQuantity e = p.amount("energy_per_token", Field.ENERGY_PER_TOKEN);
            return EnergyPerOutput.given(e.as(Dimension.ENERGY_PER_OUTPUT), boundary, where);
        } else if (first.equals("preset")) {
            return Presets.energy(p.word("preset"), w.modality(), "workload '" + w.name() + "'");
        } else if (p.has("output_tokens") || p.has("active_params")) {
            throw new InputError(Field.ACTIVE_PARAMS, "the parametric text model needs both output_tokens and active_params",
                    "add output_tokens 500 and active_params 70B");
        }
        throw new InputError(Field.ENERGY_PER_OUTPUT, "energy", "no energy per output",
                "give energy 0.006 kWh or a preset; for images and video, give it at reference_resolution, reference_steps …");
    }

    /** The parametric text model with whichever of its settings were written. */
    private static TextModel textModel(Properties p) {
        TextModel m = TextModel.of(p.tokens("output_tokens", Field.TOKENS_PER_OUTPUT), p.amount("active_params", Field.ACTIVE_PARAMS));
        if (p.has("total_params")) m.totalParams(p.point("total_params", Field.TOTAL_PARAMS));
        if (p.has("reasoning_tokens")) m.reasoningTokens(p.tokens("reasoning_tokens", Field.REASONING_TOKENS));
        if (p.has("batch")) m.batch(p.point("batch", Field.BATCH));
        if (p.has("quantisation")) m.quantisation(p.point("quantisation", Field.QUANTISATION));
        if (p.has("accelerator")) m.accelerator(Accelerators.get(p.word("accelerator")));
        if (p.has("gpu_memory")) m.gpuMemory(p.point("gpu_memory", Field.GPU_MEMORY));
        if (p.has("latency")) m.latency(p.amount("latency", Field.LATENCY));
        if (p.has("input_tokens") && p.has("prefill_energy")) {
            m.prefill(p.tokens("input_tokens", Field.INPUT_TOKENS), p.amount("prefill_energy", Field.PREFILL_ENERGY));
        }
        return m;
    }

    /**
     * The output settings written with {@code prefix} ("" for the outputs, "reference_" for the
     * figure). Length without a reference only counts videos in footage, so it scales nothing.
     */
    private static OutputSettings settings(Properties p, String prefix) {
        OutputSettings s = OutputSettings.none();
        if (p.get(prefix + "resolution") instanceof Pixels px) s = s.resolution(new Resolution(px.width(), px.height()));
        boolean ref = !prefix.isEmpty();
        if (p.has(prefix + "steps")) s = s.steps(p.amount(prefix + "steps", ref ? Field.REFERENCE_STEPS : Field.STEPS));
        if (p.has(prefix + "fps")) s = s.fps(p.amount(prefix + "fps", ref ? Field.REFERENCE_FPS : Field.FPS));
        boolean lengthScales = ref || p.has("reference_length") || !p.has("footage");
        if (p.has(prefix + "length") && lengthScales) {
            s = s.seconds(p.amount(prefix + "length", ref ? Field.REFERENCE_LENGTH : Field.LENGTH));
        }
        return s;
    }

    private static void region(Workload w, Object region, Properties p) {
        if (region instanceof Word word) {
            w.region(word.text());
        } else if (region instanceof Shares shares) {
            shares.byRegion().forEach((r, s) -> {
                if (s.isPoint()) w.share(r, s.central());
                else w.share(r, s);
            });
        } else if (region instanceof String s) {
            w.region(s);
        }
        if (p.has("intensity")) {
            UncertainQuantity i = p.amount("intensity", Field.INTENSITY);
            w.intensity(i, p.has("basis") ? p.basis("basis") : null);
        }
    }
}
