package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.data.Accelerator;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;

/**
 * Energy of one text output from the model's size and the tokens it generates, by EcoLogits' LLM
 * inference method (genai-impact/ecologits 0.9.1, {@code ecologits/impacts/llm.py}); every
 * constant is a cited figure ({@code text.ecologits.*}). The weights' memory sets the number of
 * GPUs; each GPU's energy per token and the generation latency are EcoLogits' fits on H100s at a
 * batch size; the server's non-GPU power is shared over the batch for the latency.
 *
 * <pre>
 *   M   = m × P_total × Q / 8                 (GB of weights)
 *   g   = 2^⌈log2 ⌈M / M_gpu⌉⌉                 (GPUs, a power of two)
 *   T   = T_out + T_reasoning                 (generated tokens)
 *   e_g = T × (α_E × exp(β_E × B) × P + γ_E)  (energy of one GPU)
 *   Δt  = T × (α_L × P + β_L × B + γ_L)       (generation latency, or the measured one)
 *   e_s = Δt × W × (g / G) / B                (the server's non-GPU share)
 *   e   = g × e_g + e_s                        (server energy; PUE and idle capacity are added after)
 *   c   = Δt × (g / G × I_server + g × I_gpu) / (L × B)   (embodied emissions, by the time held)
 * </pre>
 *
 * P is active parameters and P_total all of them (a mixture of experts holds every expert in
 * memory but runs only the active ones), both in billions.
 */
public final class TextModel {

    static final String ENERGY_ALPHA = "text.ecologits.energy_alpha";
    static final String ENERGY_BETA = "text.ecologits.energy_beta";
    static final String ENERGY_GAMMA = "text.ecologits.energy_gamma";
    static final String LATENCY_ALPHA = "text.ecologits.latency_alpha";
    static final String LATENCY_BETA = "text.ecologits.latency_beta";
    static final String LATENCY_GAMMA = "text.ecologits.latency_gamma";
    static final String BATCH = "text.ecologits.batch";
    static final String BITS = "text.ecologits.quantisation_bits";
    static final String MEMORY_OVERHEAD = "text.ecologits.memory_overhead";
    static final String GPU_MEMORY = "text.ecologits.gpu_memory";
    static final String SERVER_POWER = "text.ecologits.server_power";
    static final String SERVER_GPUS = "text.ecologits.server_gpus";
    static final String LIFESPAN = "text.ecologits.hardware_lifespan";
    static final String GPU_EMBODIED = "hw.h100.embodied";
    static final String SERVER_EMBODIED = "hw.server_8xh100_nogpu.embodied";

    private final UncertainQuantity outputTokens;
    private final UncertainQuantity activeParams;
    private UncertainQuantity reasoningTokens = UncertainQuantity.of(new Quantity(0, Dimension.TOKENS));
    private Quantity totalParams;
    private Quantity batch;
    private Quantity bits;
    private Quantity gpuMemory;
    private String acceleratorName;
    private UncertainQuantity latency;
    private UncertainQuantity inputTokens;
    private UncertainQuantity prefillEnergy;

    private TextModel(UncertainQuantity outputTokens, UncertainQuantity activeParams) {
        this.outputTokens = Check.nonNegative(outputTokens, Dimension.TOKENS, Field.TOKENS_PER_OUTPUT, "500 tokens");
        this.activeParams = Check.nonNegative(activeParams, Dimension.NONE, Field.ACTIVE_PARAMS, "70B");
    }

    /** A model with {@code activeParams} (a count: 70B is 7e10) generating {@code outputTokens} per output. */
    public static TextModel of(UncertainQuantity outputTokens, UncertainQuantity activeParams) {
        return new TextModel(outputTokens, activeParams);
    }

    public static TextModel of(Quantity outputTokens, Quantity activeParams) {
        return of(UncertainQuantity.of(outputTokens), UncertainQuantity.of(activeParams));
    }

    /** All parameters (a count), for a mixture of experts; default: the active ones. */
    public TextModel totalParams(Quantity total) {
        this.totalParams = positive(total, Field.TOTAL_PARAMS, "141B");
        return this;
    }

    /** Tokens a reasoning model generates before its answer; they are decoded like output tokens. */
    public TextModel reasoningTokens(UncertainQuantity tokens) {
        this.reasoningTokens = Check.nonNegative(tokens, Dimension.TOKENS, Field.REASONING_TOKENS, "2000 tokens");
        return this;
    }

    /** Requests served together; default EcoLogits' 64. */
    public TextModel batch(Quantity size) {
        this.batch = positive(size, Field.BATCH, "64");
        return this;
    }

    /** Bits per weight (16 for bf16, 8 or 4 when quantised); it sets the memory and so the GPU count. */
    public TextModel quantisation(Quantity bitsPerWeight) {
        this.bits = positive(bitsPerWeight, Field.QUANTISATION, "16");
        return this;
    }

    /** The accelerator serving it, for its memory; the energy and latency fits stay EcoLogits' H100 ones. */
    public TextModel accelerator(Accelerator a) {
        if (!(a.memoryGb() > 0)) {
            throw new InputError(Field.ACCELERATOR, "the table gives no memory for '" + a.name() + "'",
                    "give gpu_memory, such as gpu_memory 80 GB");
        }
        this.acceleratorName = a.name();
        this.gpuMemory = Quantity.number(a.memoryGb());
        return this;
    }

    /** Memory per GPU in GB; default EcoLogits' 80 (an H100). */
    public TextModel gpuMemory(Quantity gigabytes) {
        this.gpuMemory = positive(gigabytes, Field.GPU_MEMORY, "80");
        this.acceleratorName = null;
        return this;
    }

    /** A measured generation time per output, in place of the modelled latency. */
    public TextModel latency(UncertainQuantity perOutput) {
        this.latency = Check.nonNegative(perOutput, Dimension.TIME, Field.LATENCY, "8 s");
        return this;
    }

    /**
     * Input (prompt) tokens and the server energy each costs to prefill. EcoLogits models decoding
     * only, and no per-token prefill energy is published that could serve as a default, so both
     * are inputs: a measurement of your serving stack.
     */
    public TextModel prefill(UncertainQuantity tokens, UncertainQuantity energyPerToken) {
        this.inputTokens = Check.nonNegative(tokens, Dimension.TOKENS, Field.INPUT_TOKENS, "10000 tokens");
        this.prefillEnergy = Check.nonNegative(energyPerToken, Dimension.ENERGY_PER_TOKEN, Field.PREFILL_ENERGY, "0.00002 Wh/token");
        return this;
    }

    /** The number of GPUs the weights need: a power of two, as EcoLogits rounds it. */
    public int gpus() {
        double memory = constant(MEMORY_OVERHEAD) * totalParamsBillions() * bits() / 8;
        double needed = Math.ceil(memory / gpuMemoryGb());
        return needed <= 1 ? 1 : (int) Math.round(Math.pow(2, Math.ceil(Math.log(needed) / Math.log(2))));
    }

    /** The server energy per output, with each step's inputs and sources. */
    public EnergyPerOutput energy(String where) {
        Source user = Source.userInput(where);
        UncertainQuantity p = billions(), tokens = tokens();
        double b = batch();
        int g = gpus();
        // α_E × exp(β_E × B) × P + γ_E, in kWh per token (the fit is in Wh)
        UncertainQuantity perToken = p.times(constant(ENERGY_ALPHA) * Math.exp(constant(ENERGY_BETA) * b) / 1000)
                .plus(UncertainQuantity.number(constant(ENERGY_GAMMA) / 1000));
        UncertainQuantity gpuEnergy = tokens.times(perToken).as(Dimension.ENERGY_PER_OUTPUT);
        UncertainQuantity hours = hours(tokens, p, b);
        UncertainQuantity serverEnergy = hours.times(constant(SERVER_POWER) * g / constant(SERVER_GPUS) / b)
                .as(Dimension.ENERGY_PER_OUTPUT);
        UncertainQuantity e = gpuEnergy.times(g).plus(serverEnergy).as(Dimension.ENERGY_PER_OUTPUT);
        if (inputTokens != null) e = e.plus(inputTokens.times(prefillEnergy).as(Dimension.ENERGY_PER_OUTPUT));
        Check.finite(e.centralBase(), Field.ENERGY_PER_OUTPUT);
        Derivation.Builder d = Derivation.of("text energy per output (EcoLogits' LLM method)",
                        "e = g × T × (α_E × exp(β_E × B) × P + γ_E) + Δt × W × (g / G) / B"
                                + (inputTokens != null ? " + T_in × e_in" : ""))
                .input("T", "generated tokens per output (output and reasoning)", tokens, user)
                .input("P", "active parameters (billions)", p, user)
                .input("g", gpuMeaning(), Quantity.number(g), acceleratorName != null || gpuMemory != null ? user
                        : figure(GPU_MEMORY).source())
                .input("B", "batch size", Quantity.number(b), batch != null ? user : figure(BATCH).source())
                .input("α_E", "GPU energy per token per billion active parameters", figure(ENERGY_ALPHA).quantity(),
                        figure(ENERGY_ALPHA).source())
                .input("β_E", "batch-size exponent of the GPU energy", Quantity.number(constant(ENERGY_BETA)),
                        figure(ENERGY_BETA).source())
                .input("γ_E", "GPU energy per token, intercept", figure(ENERGY_GAMMA).quantity(), figure(ENERGY_GAMMA).source())
                .input("Δt", latency != null ? "generation time per output (your measurement)"
                        : "generation latency, T × (α_L × P + β_L × B + γ_L) with EcoLogits' latency fit",
                        hours, latency != null ? user : figure(LATENCY_ALPHA).source())
                .input("W", "server power without its GPUs", figure(SERVER_POWER).quantity(), figure(SERVER_POWER).source())
                .input("G", "GPUs installed per server", Quantity.number(constant(SERVER_GPUS)), figure(SERVER_GPUS).source());
        if (inputTokens != null) {
            d.input("T_in", "input tokens per output", inputTokens, user)
                    .input("e_in", "server energy to prefill one input token (your measurement)", prefillEnergy, user);
        }
        return new EnergyPerOutput(e, EnergyBoundary.SERVER, figure(ENERGY_ALPHA).source(), d.result(e));
    }

    /**
     * The hardware's embodied emissions per output, EcoLogits' way: the servers' and GPUs'
     * manufacture (hw.server_8xh100_nogpu.embodied, hw.h100.embodied) shared by the time the
     * output holds them, over their service life, across the batch.
     */
    public EmbodiedPerOutput embodied(String where) {
        Source user = Source.userInput(where);
        double b = batch();
        int g = gpus();
        Figure server = figure(SERVER_EMBODIED), gpu = figure(GPU_EMBODIED), life = figure(LIFESPAN);
        double hardwareKg = g / constant(SERVER_GPUS) * server.value() + g * gpu.value();
        UncertainQuantity hours = hours(tokens(), billions(), b);
        UncertainQuantity c = hours.times(hardwareKg / (life.quantity().base() * b)).as(Dimension.CO2E_PER_OUTPUT);
        Derivation d = Derivation.of("embodied emissions per output (EcoLogits' LLM method)",
                        "c = Δt × (g / G × I_server + g × I_gpu) / (L × B)")
                .input("Δt", latency != null ? "generation time per output (your measurement)" : "generation latency (EcoLogits' fit)",
                        hours, latency != null ? user : figure(LATENCY_ALPHA).source())
                .input("g", "GPUs holding the weights", Quantity.number(g), gpuMemory != null ? user : figure(GPU_MEMORY).source())
                .input("G", "GPUs installed per server", Quantity.number(constant(SERVER_GPUS)), figure(SERVER_GPUS).source())
                .input("I_server", server.subject(), server.quantity(), server.source())
                .input("I_gpu", gpu.subject(), gpu.quantity(), gpu.source())
                .input("L", life.subject(), life.quantity(), life.source())
                .input("B", "batch size", Quantity.number(b), batch != null ? user : figure(BATCH).source())
                .result(c);
        return new EmbodiedPerOutput(c, d);
    }

    /** Generated tokens per output: the answer's and the reasoning before it. */
    private UncertainQuantity tokens() {
        return outputTokens.plus(reasoningTokens).as(Dimension.TOKENS);
    }

    /** Active parameters in billions, as EcoLogits' fits take them. */
    private UncertainQuantity billions() {
        return activeParams.times(1e-9);
    }

    /** Δt in hours (the base unit of time): the measured time, else EcoLogits' latency fit in seconds. */
    private UncertainQuantity hours(UncertainQuantity tokens, UncertainQuantity billions, double b) {
        if (latency != null) return latency;
        return tokens.times(billions.times(constant(LATENCY_ALPHA)).plus(UncertainQuantity.number(constant(LATENCY_BETA) * b
                + constant(LATENCY_GAMMA)))).times(1 / 3600.0).as(Dimension.TIME);
    }

    private String gpuMeaning() {
        return String.format(java.util.Locale.ROOT, "GPUs holding the weights: m × P_total × Q / 8 = %s GB over %s GB each%s",
                DisplayUnits.number(constant(MEMORY_OVERHEAD) * totalParamsBillions() * bits() / 8),
                DisplayUnits.number(gpuMemoryGb()), acceleratorName == null ? "" : " (" + acceleratorName + ")");
    }

    private double totalParamsBillions() {
        if (totalParams != null) {
            if (totalParams.base() < activeParams.high()) {
                throw new InputError(Field.TOTAL_PARAMS, "must be at least the active parameters (got "
                        + DisplayUnits.number(totalParams.base() / 1e9) + "B total for " + activeParams.describe() + " active)",
                        "give every parameter of the model, experts included, in total_params");
            }
            return totalParams.base() / 1e9;
        }
        return activeParams.high() / 1e9;
    }

    private double batch() {
        return batch != null ? batch.base() : constant(BATCH);
    }

    private double bits() {
        return bits != null ? bits.base() : constant(BITS);
    }

    private double gpuMemoryGb() {
        return gpuMemory != null ? gpuMemory.base() : constant(GPU_MEMORY);
    }

    private static Quantity positive(Quantity q, Field field, String example) {
        Check.dimension(q, Dimension.NONE, field, example);
        if (!(q.base() > 0) || Double.isInfinite(q.base())) {
            throw new InputError(field, "must be greater than 0 (got " + DisplayUnits.number(q.base()) + ")", "write " + example);
        }
        return q;
    }

    private static Figure figure(String id) {
        return LiteratureFigures.get(id);
    }

    private static double constant(String id) {
        return figure(id).value();
    }
}
