package org.gtrace.stdlib.data;

import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Quantity;

/**
 * An accelerator (or CPU) and its maximum power.
 *
 * @param name   display name, e.g. "A100 SXM4 80 GB"
 * @param type   gpu, tpu or cpu
 * @param tdpW   thermal design / maximum power in watts
 * @param memoryGb its memory in GB (NaN where the table gives none)
 * @param source where the power figure comes from
 */
public record Accelerator(String name, String type, double tdpW, double memoryGb, Source source) {

    public Accelerator(String name, String type, double tdpW, Source source) {
        this(name, type, tdpW, Double.NaN, source);
    }

    /** The maximum power as a quantity (kW in base units). */
    public Quantity power() {
        return Quantity.of(tdpW, "W");
    }
}
