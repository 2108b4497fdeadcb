package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.errors.Field;
import java.util.Locale;
import org.gtrace.stdlib.errors.InputError;

/**
 * What a per-output energy figure includes. PUE is applied only to figures that exclude facility
 * overhead (GPU only, or whole server); never to one that already includes it.
 */
public enum EnergyBoundary {
    GPU_ONLY("GPU only (no rest of server, no facility overhead)"),
    SERVER("whole server, no facility overhead"),
    FACILITY("includes facility overhead (PUE)"),
    UNSPECIFIED("not stated");

    private final String description;

    EnergyBoundary(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** True for IT-only figures: PUE must be applied to reach facility energy. */
    public boolean excludesFacilityOverhead() {
        return this == GPU_ONLY || this == SERVER;
    }

    public static EnergyBoundary parse(String word) {
        String w = word.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (w) {
            case "GPU", "GPU_ONLY" -> GPU_ONLY;
            case "SERVER", "IT" -> SERVER;
            case "FACILITY", "DATACENTER", "DATA_CENTRE", "DATA_CENTER" -> FACILITY;
            case "UNSPECIFIED", "" -> UNSPECIFIED;
            default -> throw new InputError(Field.BOUNDARY, "unknown energy boundary '" + word + "'",
                    "write gpu, server or facility");
        };
    }
}
