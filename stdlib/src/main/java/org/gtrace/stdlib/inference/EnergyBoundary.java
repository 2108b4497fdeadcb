package org.gtrace.stdlib.inference;

import java.util.Locale;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;

/**
 * What a per-output energy figure includes, as the outermost of four nested layers: the
 * accelerator, then its host (CPU, memory, the rest of the server), then the serving stack's idle
 * and provisioned capacity, then the facility (PUE). The estimate adds exactly the layers a
 * figure leaves out ({@link ServingLayers}); it never adds PUE to a figure that includes it.
 */
public enum EnergyBoundary {
    ACCELERATOR("accelerator only (no host, no idle capacity, no facility overhead)"),
    SERVER("accelerator and host (the active server; no idle capacity, no facility overhead)"),
    SERVING("whole serving stack, idle and provisioned capacity included (no facility overhead)"),
    FACILITY("includes facility overhead (PUE)"),
    UNSPECIFIED("not stated");

    private final String description;

    EnergyBoundary(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the figure leaves out the host (CPU, memory, rest of the server). */
    public boolean excludesHost() {
        return this == ACCELERATOR;
    }

    /** Whether the figure leaves out idle and provisioned capacity. */
    public boolean excludesIdle() {
        return this == ACCELERATOR || this == SERVER;
    }

    /** True for IT-only figures: PUE must be applied to reach facility energy. */
    public boolean excludesFacilityOverhead() {
        return this == ACCELERATOR || this == SERVER || this == SERVING;
    }

    /** The word the language writes: accelerator, server, serving, facility, unspecified. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EnergyBoundary parse(String word) {
        String w = word.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (w) {
            case "ACCELERATOR", "GPU", "GPU_ONLY", "TPU" -> ACCELERATOR;
            case "SERVER", "IT", "HOST" -> SERVER;
            case "SERVING", "STACK", "SERVING_STACK" -> SERVING;
            case "FACILITY", "DATACENTER", "DATA_CENTRE", "DATA_CENTER" -> FACILITY;
            case "UNSPECIFIED", "" -> UNSPECIFIED;
            default -> throw new InputError(Field.BOUNDARY, "unknown energy boundary '" + word + "'",
                    "write accelerator, server, serving or facility");
        };
    }
}
