package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;

/** The cited defaults inference uses when the user gives none. */
public final class InferenceDefaults {

    /** PUE applied to IT-only per-output figures when none is given (Uptime Institute 2024 industry average). */
    public static final String PUE = "pue.industry.2024";
    /** Host energy over accelerator energy, for accelerator-only figures (Google's measured Gemini serving breakdown, 2025). */
    public static final String HOST = "serving.host_factor.google2025";
    /** Serving-stack energy over active-server energy, for figures without idle capacity (same source). */
    public static final String IDLE = "serving.idle_factor.google2025";
    /** Off-site water per kWh of electricity (world, EcoLogits). */
    public static final String WATER_OFFSITE = "wue.offsite.world";

    private InferenceDefaults() {}

    public static Figure pue() {
        return LiteratureFigures.get(PUE);
    }

    public static Figure host() {
        return LiteratureFigures.get(HOST);
    }

    public static Figure idle() {
        return LiteratureFigures.get(IDLE);
    }

    public static Figure waterOffsite() {
        return LiteratureFigures.get(WATER_OFFSITE);
    }
}
