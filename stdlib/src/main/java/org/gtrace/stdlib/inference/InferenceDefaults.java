package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;

/** The cited defaults inference uses when the user gives none. */
public final class InferenceDefaults {

    /** PUE applied to IT-only per-output figures when none is given (Uptime Institute 2024 industry average). */
    public static final String PUE = "pue.industry.2024";
    /** Off-site water per kWh of electricity (world, EcoLogits). */
    public static final String WATER_OFFSITE = "wue.offsite.world";

    private InferenceDefaults() {}

    public static Figure pue() {
        return LiteratureFigures.get(PUE);
    }

    public static Figure waterOffsite() {
        return LiteratureFigures.get(WATER_OFFSITE);
    }
}
