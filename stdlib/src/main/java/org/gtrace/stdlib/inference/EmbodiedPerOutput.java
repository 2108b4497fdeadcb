package org.gtrace.stdlib.inference;

import java.util.Objects;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;

/**
 * The hardware's embodied emissions one output is charged: its share of the servers' and
 * accelerators' manufacture, by the time it holds them over their service life.
 *
 * @param value      kgCO2e per output (base units), possibly uncertain
 * @param derivation how it was computed
 */
public record EmbodiedPerOutput(UncertainQuantity value, Derivation derivation) {

    public EmbodiedPerOutput {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(derivation, "derivation");
        if (!value.dimension().equals(Dimension.CO2E_PER_OUTPUT)) {
            throw new IllegalArgumentException("embodied emissions per output need CO2e per output, not " + value.dimension());
        }
    }
}
