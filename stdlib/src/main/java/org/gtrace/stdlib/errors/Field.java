package org.gtrace.stdlib.errors;

/**
 * The inputs of the core's estimates, each with the word its errors begin with. An
 * {@link InputError} carries one, so a front end can place the error at whatever wrote that input
 * (the language maps each to its property) without reading the message.
 */
public enum Field {
    OUTPUTS("outputs"), RATE("rate"), PERIOD("period"), FOOTAGE("footage"), MODALITY("modality"),
    ENERGY_PER_OUTPUT("energy per output"), ENERGY_PER_TOKEN("energy per token"), TOKENS_PER_OUTPUT("tokens per output"),
    ACTIVE_PARAMS("active parameters"), TOTAL_PARAMS("total_params"),
    REASONING_TOKENS("reasoning_tokens"), BATCH("batch"), QUANTISATION("quantisation"), GPU_MEMORY("gpu_memory"),
    LATENCY("latency"), INPUT_TOKENS("input_tokens"), PREFILL_ENERGY("prefill_energy"), TEXT_COEFFICIENT("text model coefficient"), BOUNDARY("boundary"),
    STEPS("steps"), REFERENCE_STEPS("reference steps"), RESOLUTION("resolution"), REFERENCE_RESOLUTION("reference_resolution"),
    LENGTH("length"), REFERENCE_LENGTH("reference length"), FPS("fps"), REFERENCE_FPS("reference fps"),
    SCALING_EXPONENT("scaling exponent"),
    PUE("pue"), HOST_FACTOR("host_factor"), IDLE_FACTOR("idle_factor"), REGION("region"), REGION_SHARES("region shares"), INTENSITY("intensity"), BASIS("basis"),
    WUE_ONSITE("wue"), WUE_OFFSITE("offsite water"), BLEND("blend"),
    ACCELERATOR("accelerator"), ACCELERATOR_COUNT("accelerators"), DURATION("duration"),
    ACCELERATOR_HOURS("accelerator-hours"), POWER("power"), UTILISATION("utilisation"), REPORTED_ENERGY("energy"),
    EMBODIED("embodied"), LIFETIME("lifetime"), SERVER_EMBODIED("server_embodied"), ACCELERATORS_PER_SERVER("accelerators_per_server"),
    IDLE_ENERGY("idle_energy"),
    LIFECYCLE("lifecycle"), LIFETIME_OUTPUTS("lifetime outputs"),
    USERS("users"), DAYS("days"), ADOPTION("adoption"), OUTPUTS_PER_USER("outputs_per_user"), CAP("cap"),
    CAPPED_SHARE("capped_share"), ENGINE("engine"), SEED("seed"), RUNS("runs"),
    FIGURE("figure"), EQUIVALENT("equivalent"), EQUIVALENT_ENERGY("energy"), EQUIVALENT_CO2E("CO2e"),
    EQUIVALENT_CAR("car"), EQUIVALENT_SMARTPHONE("smartphone"), EQUIVALENT_HOUSEHOLD("household"),
    CORRELATION("correlate"), BUDGET("budget"), BASELINE("baseline energy per output"), ROUTING("routing"), ASSESSMENT("assess"),
    /** A problem with the thing as a whole rather than one input. */
    WHOLE("input");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The word an error about this input begins with: "pue", "accelerator-hours". */
    public String label() {
        return label;
    }
}
