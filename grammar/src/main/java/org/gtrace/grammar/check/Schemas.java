package org.gtrace.grammar.check;

import static org.gtrace.grammar.check.PropertySpec.Shape.ACCELERATOR;
import static org.gtrace.grammar.check.PropertySpec.Shape.BLEND;
import static org.gtrace.grammar.check.PropertySpec.Shape.COUNT;
import static org.gtrace.grammar.check.PropertySpec.Shape.CURVE;
import static org.gtrace.grammar.check.PropertySpec.Shape.FLAG;
import static org.gtrace.grammar.check.PropertySpec.Shape.PIXELS;
import static org.gtrace.grammar.check.PropertySpec.Shape.REGION;
import static org.gtrace.grammar.check.PropertySpec.Shape.REGIONS;
import static org.gtrace.grammar.check.PropertySpec.Shape.TEXT;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.data.EquivalenceFactors;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.units.Dimension;

/**
 * The properties each declaration accepts. This table is the single place a property is
 * added: the checker, completion and inspection all read it.
 */
public final class Schemas {

    /** The declarations and settings that take properties. */
    public enum Owner { WORKLOAD, TRAINING, REGION, SIMULATE, SHIFT, ASSESS, LOAD, EQUIVALENTS, REPORT, SET }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final List<Dimension> COUNT_DIMS = List.of(Dimension.NONE, Dimension.OUTPUTS);
    private static final List<Dimension> SHARE = List.of(Dimension.NONE);
    private static final List<String> BASES = List.of("location", "market", "lifecycle", "direct");

    private static final Map<Owner, Map<String, PropertySpec>> TABLE = build();

    private Schemas() {}

    public static Map<String, PropertySpec> of(Owner owner) {
        return TABLE.get(owner);
    }

    private static Map<Owner, Map<String, PropertySpec>> build() {
        Map<Owner, Map<String, PropertySpec>> t = new LinkedHashMap<>();
        t.put(Owner.WORKLOAD, giving(workload(), workloadFields()));
        t.put(Owner.TRAINING, giving(training(), trainingFields()));
        t.put(Owner.REGION, giving(region(), Map.of("intensity", Field.INTENSITY, "blend", Field.BLEND, "basis", Field.BASIS,
                "pue", Field.PUE, "wue", Field.WUE_ONSITE, "water_offsite", Field.WUE_OFFSITE)));
        t.put(Owner.SIMULATE, giving(simulate(), simulateFields()));
        t.put(Owner.SHIFT, shift());
        t.put(Owner.ASSESS, giving(assess(), Map.of("budget", Field.BUDGET, "baseline", Field.BASELINE, "routing", Field.ROUTING,
                "route_to", Field.REGION)));
        t.put(Owner.LOAD, load());
        t.put(Owner.EQUIVALENTS, giving(equivalents(), Map.of("car", Field.EQUIVALENT_CAR, "smartphone", Field.EQUIVALENT_SMARTPHONE,
                "household", Field.EQUIVALENT_HOUSEHOLD)));
        t.put(Owner.REPORT, report());
        t.put(Owner.SET, settings());
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<String, PropertySpec> m, PropertySpec p) {
        m.put(p.name(), p);
    }

    /** Which core input each property gives: a core error about that input is placed at the property. */
    private static Map<String, PropertySpec> giving(Map<String, PropertySpec> m, Map<String, Field> fields) {
        fields.forEach((name, f) -> m.computeIfPresent(name, (k, p) -> p.giving(f)));
        return m;
    }

    private static Map<String, Field> common() {
        return Map.of("pue", Field.PUE, "region", Field.REGION, "intensity", Field.INTENSITY, "wue", Field.WUE_ONSITE,
                "water_offsite", Field.WUE_OFFSITE, "basis", Field.BASIS, "correlate", Field.CORRELATION);
    }

    private static Map<String, Field> workloadFields() {
        Map<String, Field> f = new LinkedHashMap<>(common());
        for (String v : Volume.WORDS) f.put(v, Field.OUTPUTS);
        f.putAll(Map.of("tokens", Field.OUTPUTS, "rate", Field.RATE, "period", Field.PERIOD, "footage", Field.FOOTAGE,
                "energy", Field.ENERGY_PER_OUTPUT, "energy_per_token", Field.ENERGY_PER_TOKEN, "output_tokens", Field.TOKENS_PER_OUTPUT,
                "active_params", Field.ACTIVE_PARAMS, "preset", Field.ENERGY_PER_OUTPUT, "boundary", Field.BOUNDARY));
        f.put("embodied", Field.EMBODIED);
        f.putAll(Map.of("host_factor", Field.HOST_FACTOR, "idle_factor", Field.IDLE_FACTOR, "total_params", Field.TOTAL_PARAMS,
                "reasoning_tokens", Field.REASONING_TOKENS, "batch", Field.BATCH, "quantisation", Field.QUANTISATION,
                "accelerator", Field.ACCELERATOR, "gpu_memory", Field.GPU_MEMORY, "latency", Field.LATENCY));
        f.putAll(Map.of("input_tokens", Field.INPUT_TOKENS, "prefill_energy", Field.PREFILL_ENERGY));
        f.putAll(Map.of("steps", Field.STEPS, "reference_steps", Field.REFERENCE_STEPS, "resolution", Field.RESOLUTION,
                "reference_resolution", Field.REFERENCE_RESOLUTION, "length", Field.LENGTH, "reference_length", Field.REFERENCE_LENGTH,
                "fps", Field.FPS, "reference_fps", Field.REFERENCE_FPS));
        return f;
    }

    private static Map<String, Field> trainingFields() {
        Map<String, Field> f = new LinkedHashMap<>(common());
        f.putAll(Map.of("accelerator", Field.ACCELERATOR, "count", Field.ACCELERATOR_COUNT, "duration", Field.DURATION,
                "accelerator_hours", Field.ACCELERATOR_HOURS, "power", Field.POWER, "utilisation", Field.UTILISATION,
                "energy", Field.REPORTED_ENERGY, "embodied", Field.EMBODIED, "lifetime", Field.LIFETIME));
        f.putAll(Map.of("server_embodied", Field.SERVER_EMBODIED, "accelerators_per_server", Field.ACCELERATORS_PER_SERVER,
                "idle_energy", Field.IDLE_ENERGY));
        return f;
    }

    private static Map<String, Field> simulateFields() {
        Map<String, Field> f = new LinkedHashMap<>(common());
        f.putAll(Map.of("users", Field.USERS, "days", Field.DAYS, "adoption", Field.ADOPTION, "outputs_per_user",
                Field.OUTPUTS_PER_USER, "cap", Field.CAP, "capped_share", Field.CAPPED_SHARE, "energy", Field.ENERGY_PER_OUTPUT,
                "engine", Field.ENGINE, "seed", Field.SEED, "runs", Field.RUNS));
        return f;
    }

    private static Map<String, PropertySpec> workload() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        for (String volume : Volume.WORDS) {
            put(m, PropertySpec.quantity(volume, COUNT_DIMS, 0, INF, volume + " 700M",
                    "How many outputs the workload produces (a count; " + String.join(", ", Volume.WORDS) + " are synonyms)."));
        }
        put(m, PropertySpec.quantity("tokens", List.of(Dimension.NONE, Dimension.TOKENS), 0, INF, "tokens 2B",
                "Volume as a count of generated tokens (text)."));
        put(m, PropertySpec.quantity("rate", List.of(Dimension.OUTPUT_RATE), 0, INF, "rate 35K images/day",
                "Volume as a rate; give 'period' too."));
        put(m, PropertySpec.quantity("period", List.of(Dimension.TIME), 0, INF, "period 60 days",
                "How long the rate lasts."));
        put(m, PropertySpec.quantity("footage", List.of(Dimension.TIME), 0, INF, "footage 2M s",
                "Volume of video as total seconds generated."));
        put(m, PropertySpec.quantity("energy", List.of(Dimension.ENERGY, Dimension.ENERGY_PER_OUTPUT), 0, INF,
                "energy 0.006 kWh", "Energy per output (IT energy unless 'boundary facility'); no default: give it or a parametric model."));
        put(m, PropertySpec.quantity("energy_per_token", List.of(Dimension.ENERGY_PER_TOKEN, Dimension.ENERGY), 0, INF,
                "energy_per_token 0.0005 Wh/token", "Energy per generated token (text)."));
        put(m, PropertySpec.quantity("output_tokens", List.of(Dimension.NONE, Dimension.TOKENS), 0, INF,
                "output_tokens 500", "Tokens generated per output, for the parametric text model."));
        put(m, PropertySpec.quantity("active_params", List.of(Dimension.NONE), 0, INF, "active_params 70B",
                "Active parameters of the model, for the parametric text model."));
        put(m, PropertySpec.number("total_params", List.of(Dimension.NONE), 0, INF, "total_params 141B",
                "All parameters of a mixture-of-experts model, for the text model's GPU count (default: active_params)."));
        put(m, PropertySpec.quantity("reasoning_tokens", List.of(Dimension.NONE, Dimension.TOKENS), 0, INF, "reasoning_tokens 2000",
                "Tokens a reasoning model generates before its answer, for the text model (default 0)."));
        put(m, PropertySpec.number("batch", List.of(Dimension.NONE), 1, INF, "batch 64",
                "Requests served together, for the text model (default: EcoLogits' 64)."));
        put(m, PropertySpec.number("quantisation", List.of(Dimension.NONE), 1, 64, "quantisation 8",
                "Bits per weight, for the text model's GPU count (default 16)."));
        put(m, PropertySpec.of("accelerator", ACCELERATOR, "accelerator \"A100 SXM4 80 GB\"",
                "The GPU serving the text model, for its memory (the energy fits stay EcoLogits' H100 ones)."));
        put(m, PropertySpec.number("gpu_memory", List.of(Dimension.NONE), 1, INF, "gpu_memory 80",
                "Memory per GPU in GB, for the text model's GPU count (default 80, an H100)."));
        put(m, PropertySpec.quantity("latency", List.of(Dimension.TIME), 0, INF, "latency 8 s",
                "Measured generation time per output, in place of the text model's latency fit."));
        put(m, PropertySpec.quantity("input_tokens", List.of(Dimension.NONE, Dimension.TOKENS), 0, INF, "input_tokens 10000",
                "Prompt tokens per output, for the text model; give prefill_energy too (no published default)."));
        put(m, PropertySpec.quantity("prefill_energy", List.of(Dimension.ENERGY_PER_TOKEN), 0, INF, "prefill_energy 0.00002 Wh/token",
                "Server energy to prefill one input token, measured on your stack: EcoLogits models decoding only."));
        put(m, PropertySpec.quantity("steps", List.of(Dimension.NONE), 1, INF, "steps 25",
                "Denoising steps per image or video; scales the energy from reference_steps."));
        put(m, PropertySpec.of("resolution", PIXELS, "resolution 2048x2048",
                "Output resolution (images and video); scales the energy from reference_resolution."));
        put(m, PropertySpec.quantity("length", List.of(Dimension.TIME), 0, INF, "length 10 s",
                "Seconds per video; scales the energy from reference_length, and counts videos in footage."));
        put(m, PropertySpec.quantity("fps", List.of(Dimension.NONE), 1, INF, "fps 24",
                "Frames per second of video; scales the energy from reference_fps."));
        put(m, PropertySpec.quantity("reference_steps", List.of(Dimension.NONE), 1, INF, "reference_steps 50",
                "Denoising steps the energy figure was measured at (the bundled figures do not publish it)."));
        put(m, PropertySpec.of("reference_resolution", PIXELS, "reference_resolution 1024x1024",
                "Resolution the energy figure was measured at."));
        put(m, PropertySpec.quantity("reference_length", List.of(Dimension.TIME), 0, INF, "reference_length 5 s",
                "Seconds per video of the energy figure."));
        put(m, PropertySpec.quantity("reference_fps", List.of(Dimension.NONE), 1, INF, "reference_fps 16",
                "Frames per second of the energy figure's video."));
        common(m);
        put(m, PropertySpec.word("boundary", List.of("accelerator", "server", "serving", "facility", "gpu"), "boundary facility",
                "What the per-output energy includes: accelerator (GPU or TPU alone), server (with its host), serving (the"
                        + " whole serving stack, idle capacity included) or facility (PUE included). The layers it leaves out"
                        + " are added: host_factor, idle_factor, pue."));
        put(m, PropertySpec.quantity("host_factor", List.of(Dimension.NONE), 1, INF, "host_factor 1.4",
                "Server energy over accelerator energy, added to an accelerator-only figure (default: Google 2025, measured)."));
        put(m, PropertySpec.quantity("idle_factor", List.of(Dimension.NONE), 1, INF, "idle_factor 1.1",
                "Serving-stack energy over active-server energy (idle and provisioned capacity), added to an accelerator or"
                        + " server figure (default: Google 2025, measured)."));
        put(m, PropertySpec.quantity("embodied", List.of(Dimension.CO2E, Dimension.CO2E_PER_OUTPUT), 0, INF, "embodied 0.010 g",
                "The hardware's embodied CO2e per output, added to the operational CO2e (the text model computes its own)."));
        put(m, PropertySpec.of("preset", TEXT, "preset \"text.gpt4o.typical_query\"",
                "A published per-output figure from the bundled literature table, used as the energy."));
        return m;
    }

    /** PUE, region, water and grid properties shared by workloads, trainings and simulations. */
    private static void common(Map<String, PropertySpec> m) {
        put(m, PropertySpec.quantity("pue", List.of(Dimension.NONE), 1, INF, "pue 1.1",
                "Power usage effectiveness of the data centre (≥ 1)."));
        put(m, PropertySpec.of("region", REGIONS, "region FR  or  region US 40%, FR 60%",
                "Where the energy is used: one region, or a split by shares summing to 100%. Default: world average."));
        put(m, PropertySpec.quantity("intensity", List.of(Dimension.INTENSITY), 0, INF, "intensity 429 g/kWh",
                "Grid carbon intensity, overriding the region's."));
        put(m, PropertySpec.quantity("wue", List.of(Dimension.WATER_PER_ENERGY), 0, INF, "wue 1.8 L/kWh",
                "On-site water use effectiveness (litres per kWh of IT energy)."));
        put(m, PropertySpec.quantity("water_offsite", List.of(Dimension.WATER_PER_ENERGY), 0, INF,
                "water_offsite 3.1 L/kWh", "Off-site water per kWh of total energy (electricity generation)."));
        put(m, PropertySpec.words("basis", BASES, "basis market, direct", "Grid accounting basis: location or market, lifecycle or direct (default: each region's first figure)."));
        put(m, PropertySpec.of("correlate", PropertySpec.Shape.CORRELATION, "correlate energy, pue 70%",
                "Rank correlation (Spearman, −100% .. 100%) between two of this declaration's uncertain properties;"
                        + " more pairs follow after commas: correlate energy, pue 70%, energy, intensity −30%."));
    }

    private static Map<String, PropertySpec> training() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.of("accelerator", ACCELERATOR, "accelerator A100", "Accelerator type (from the bundled table)."));
        put(m, PropertySpec.quantity("count", List.of(Dimension.NONE), 0, INF, "count 1024", "Number of accelerators."));
        put(m, PropertySpec.quantity("duration", List.of(Dimension.TIME), 0, INF, "duration 30 days", "Wall-clock training time."));
        put(m, PropertySpec.quantity("accelerator_hours", List.of(Dimension.TIME), 0, INF, "accelerator_hours 1.08M h",
                "Accelerator-hours, instead of count × duration."));
        put(m, PropertySpec.quantity("power", List.of(Dimension.POWER), 0, INF, "power 400 W",
                "Power per accelerator; default: its TDP from the bundled table."));
        put(m, PropertySpec.quantity("utilisation", SHARE, 0, 1, "utilisation 80%", "Average share of that power drawn."));
        put(m, PropertySpec.quantity("energy", List.of(Dimension.ENERGY), 0, INF, "energy 1287 MWh", "Reported training energy."));
        put(m, PropertySpec.quantity("embodied", List.of(Dimension.CO2E), 0, INF, "embodied 150 kg",
                "Embodied emissions per accelerator."));
        put(m, PropertySpec.quantity("lifetime", List.of(Dimension.TIME), 0, INF, "lifetime 5 years",
                "Service life over which embodied emissions are amortised."));
        put(m, PropertySpec.quantity("server_embodied", List.of(Dimension.CO2E), 0, INF, "server_embodied 2500 kg",
                "Embodied emissions per server without its accelerators, shared by the accelerators it holds; give lifetime."));
        put(m, PropertySpec.quantity("accelerators_per_server", List.of(Dimension.NONE), 1, INF, "accelerators_per_server 8",
                "Accelerators each server holds, for server_embodied (default 8)."));
        put(m, PropertySpec.quantity("parameters", List.of(Dimension.NONE), 0, INF, "parameters 175B",
                "The model's parameter count, for its training compute, 6·N·D (documentation only: no energy is derived from it)."));
        put(m, PropertySpec.quantity("training_tokens", List.of(Dimension.TOKENS), 0, INF, "training_tokens 300B tokens",
                "Tokens trained on, for the training compute 6·N·D (documentation only)."));
        put(m, PropertySpec.quantity("compute", List.of(Dimension.COMPUTE), 0, INF, "compute 3.14e23 FLOP",
                "Training compute as measured or published, in place of 6·N·D (documentation only)."));
        put(m, PropertySpec.quantity("idle_energy", List.of(Dimension.ENERGY), 0, INF, "idle_energy 256 MWh",
                "Energy the hardware drew while idle or waiting, added to the dynamic energy (no generic default is published)."));
        common(m);
        return m;
    }

    private static Map<String, PropertySpec> region() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.quantity("intensity", List.of(Dimension.INTENSITY), 0, INF, "intensity 120 g/kWh",
                "Grid carbon intensity of this region."));
        put(m, PropertySpec.of("blend", BLEND, "blend FRA, DEU, ITA  or  blend FRA 40%, DEU 60%",
                "A grid made of bundled ones: the mean of their intensities, weighted by their yearly electricity"
                        + " generation (countries, OWID/Ember) or by the shares given."));
        put(m, PropertySpec.words("basis", BASES, "basis market", "Accounting basis of the intensity."));
        put(m, PropertySpec.quantity("pue", List.of(Dimension.NONE), 1, INF, "pue 1.1", "Default PUE of data centres here."));
        put(m, PropertySpec.quantity("wue", List.of(Dimension.WATER_PER_ENERGY), 0, INF, "wue 0.5 L/kWh", "On-site water use effectiveness."));
        put(m, PropertySpec.quantity("water_offsite", List.of(Dimension.WATER_PER_ENERGY), 0, INF, "water_offsite 2 L/kWh",
                "Off-site water per kWh."));
        put(m, PropertySpec.number("year", List.of(Dimension.NONE), 1990, 2100, "year 2023", "Year the intensity refers to."));
        return m;
    }

    private static Map<String, PropertySpec> simulate() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.number("users", COUNT_DIMS, 0, INF, "users 130M", "People who could take part."));
        put(m, PropertySpec.number("days", List.of(Dimension.NONE, Dimension.TIME), 1, INF, "days 60", "How many days to simulate."));
        put(m, PropertySpec.of("adoption", CURVE, "adoption logistic(peak = 10, width = 4, decay = 20)",
                "Share of users active on each day."));
        put(m, PropertySpec.of("outputs_per_user", COUNT, "outputs_per_user poisson(3)", "Outputs per active user per day."));
        put(m, PropertySpec.number("cap", COUNT_DIMS, 0, INF, "cap 3", "Most outputs per day for a capped (free-tier) user."));
        put(m, PropertySpec.number("capped_share", SHARE, 0, 1, "capped_share 90%", "Share of users under the cap."));
        put(m, PropertySpec.quantity("energy", List.of(Dimension.ENERGY, Dimension.ENERGY_PER_OUTPUT), 0, INF,
                "energy 0.006 kWh", "Energy per output (may be uncertain)."));
        put(m, PropertySpec.word("engine", List.of("auto", "agent", "aggregate"), "engine aggregate",
                "Per-agent (up to ~1M users) or aggregate draws per day and region."));
        put(m, PropertySpec.number("seed", List.of(Dimension.NONE), 0, INF, "seed 42", "Random seed of this run."));
        put(m, PropertySpec.number("runs", List.of(Dimension.NONE), 1, 100_000, "runs 200",
                "Repeat the run (aggregate engine) and report the p5–p95 band over runs."));
        common(m);
        return m;
    }

    private static Map<String, PropertySpec> assess() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.quantity("budget", List.of(Dimension.CO2E_PER_OUTPUT, Dimension.CO2E), 0, INF, "budget 2 g/output",
                "Carbon budget per output the deployment commits to."));
        put(m, PropertySpec.of("telemetry", FLAG, "telemetry", "Energy is metered, not only estimated."));
        put(m, PropertySpec.of("regions_known", FLAG, "regions_known", "The regional split of serving is known."));
        put(m, PropertySpec.of("disclosure", FLAG, "disclosure", "Figures are published with their method."));
        put(m, PropertySpec.quantity("routing", SHARE, 0, 1, "routing 30%", "Share of load routed by carbon intensity."));
        put(m, PropertySpec.quantity("renewable", SHARE, 0, 1, "renewable 60%", "Share of energy matched by clean supply."));
        put(m, PropertySpec.of("targets", FLAG, "targets", "Reduction targets are set and tracked."));
        put(m, PropertySpec.of("policy", FLAG, "policy", "Governance and stewardship policy is in place."));
        put(m, PropertySpec.quantity("baseline", List.of(Dimension.ENERGY, Dimension.ENERGY_PER_OUTPUT), 0, INF,
                "baseline 0.008 kWh", "Energy per output before optimisation (the L5 gate compares against it)."));
        put(m, PropertySpec.of("route_to", REGION, "route_to FR", "A lower-carbon region load could be routed to (for the L6 action)."));
        return m;
    }

    private static Map<String, PropertySpec> shift() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.of("grid", TEXT, "grid uk", "The loaded table of intensity per region and interval to shift by (required)."));
        put(m, PropertySpec.number("flexible", SHARE, 0, 1, "flexible 30%", "Share of each interval's load that may move (required)."));
        put(m, PropertySpec.number("window", List.of(Dimension.TIME), 0, 366 * 86_400.0, "window 6 h",
                "How long flexible load may wait for a cleaner interval (required unless across regions)."));
        put(m, PropertySpec.word("across", List.of("hours", "regions", "both"), "across both",
                "Where load moves: to later, cleaner intervals of its own grid (hours, the default), to the cleanest region"
                        + " the grid table covers at the same time (regions), or either (both)."));
        return m;
    }

    private static Map<String, PropertySpec> load() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.of("separator", TEXT, "separator \";\"", "Column separator (default ',')."));
        put(m, PropertySpec.of("timezone", TEXT, "timezone \"Europe/Paris\"",
                "Time zone of times the file writes without one (default: such times are an error)."));
        return m;
    }

    private static Map<String, PropertySpec> report() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.of("overwrite", FLAG, "overwrite", "Replace the file if it exists (without it an existing report is kept and the statement fails)."));
        put(m, PropertySpec.of("title", TEXT, "title \"Ghibli trend: energy and CO2e\"", "The report's heading (default: the names reported)."));
        put(m, PropertySpec.word("sci", Checker.FUNCTIONAL_UNITS, "sci query",
                "Add each workload's Software Carbon Intensity (ISO/IEC 21031) per this functional unit, with its parts E, I, M and R."));
        put(m, PropertySpec.of("eu_ai_act", FLAG, "eu_ai_act", "Add the EU AI Act's model documentation (Annex XI): training energy,"
                + " compute and time, and a benchmarked request's inference compute; \"not known\" where the study cannot say."));
        put(m, PropertySpec.word("format", List.of("html", "markdown", "json", "boamps", "spdx"), "format boamps",
                "What to write, when the file's extension does not say: html, markdown, json, boamps (Boavizta's JSON energy report of one task), "
                        + "or spdx (SPDX 3.0.1's AI packages with their energy consumption; a name ending .spdx.json says it too)."));
        return m;
    }

    private static Map<String, PropertySpec> equivalents() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.word("factors", EquivalenceFactors.sets(), "factors uk",
                "The set of cited factors: us (EPA, EIA; the default) or uk (DESNZ, Ofgem)."));
        put(m, PropertySpec.number("car", List.of(Dimension.CO2E), 0, INF, "car 0.17 kgCO2e",
                "CO2e of one km driven, in place of the set's average car."));
        put(m, PropertySpec.number("smartphone", List.of(Dimension.ENERGY), 0, INF, "smartphone 0.02 kWh",
                "Energy of one smartphone charge, in place of the set's."));
        put(m, PropertySpec.number("household", List.of(Dimension.ENERGY), 0, INF, "household 2700 kWh",
                "Electricity one household uses in a year, in place of the set's."));
        return m;
    }

    private static Map<String, PropertySpec> settings() {
        Map<String, PropertySpec> m = new LinkedHashMap<>();
        put(m, PropertySpec.number("seed", List.of(Dimension.NONE), 0, INF, "set seed 42", "Seed of every random draw in the session."));
        put(m, PropertySpec.number("samples", List.of(Dimension.NONE), 1, 1e9, "set samples 100K", "Monte Carlo samples per uncertain result."));
        put(m, PropertySpec.words("basis", BASES, "set basis market", "Default grid accounting basis."));
        put(m, PropertySpec.of("region", REGION, "set region FR", "Default region of workloads that name none."));
        put(m, PropertySpec.word("equivalents", EquivalenceFactors.sets(), "set equivalents uk",
                "Default set of equivalence factors: us or uk."));
        put(m, PropertySpec.word("engine", List.of("duckdb", "tablesaw", "spark"), "set engine tablesaw",
                "Where load keeps a table: duckdb (embedded, on disk, any size; the default), tablesaw (in the Java heap)"
                        + " or spark (Apache Spark, on this machine or the cluster spark_master names; built apart: docs/spark.md)."));
        put(m, PropertySpec.of("spark_master", TEXT, "set spark_master \"spark://host:7077\"",
                "The Spark master set engine spark loads tables on (default local[*]: every core of this machine)."));
        return m;
    }

    /** The words that declare a workload's volume as a count of outputs. */
    public static final class Volume {
        public static final List<String> WORDS = List.of("outputs", "queries", "images", "videos", "prompts",
                "requests", "responses", "clips");

        private Volume() {}
    }
}
