package org.gtrace.stdlib.inference;

import java.util.Objects;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * Energy per output with its boundary and source; the boundary decides whether PUE applies.
 *
 * @param value      energy per output (kWh/output in base units), possibly uncertain
 * @param boundary   what the figure includes
 * @param source     where it comes from
 * @param derivation how it was computed (parametric models), or null for a given figure
 */
public record EnergyPerOutput(UncertainQuantity value, EnergyBoundary boundary, Source source, Derivation derivation) {

    public EnergyPerOutput {
        value = perOutput(value, Field.ENERGY_PER_OUTPUT);
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(source, "source");
    }

    /** A point figure. */
    public EnergyPerOutput(Quantity value, EnergyBoundary boundary, Source source, Derivation derivation) {
        this(value == null ? null : UncertainQuantity.of(value), boundary, source, derivation);
    }

    /** Accepts "0.006 kWh" (read as per output) or "6 Wh/image"; rejects anything else and negatives. */
    static UncertainQuantity perOutput(UncertainQuantity q, Field field) {
        if (q != null && q.dimension().equals(Dimension.ENERGY)) q = q.as(Dimension.ENERGY_PER_OUTPUT);
        return Check.nonNegative(q, Dimension.ENERGY_PER_OUTPUT, field, "0.006 kWh or 6 Wh/image");
    }

    /** A figure the user typed; its boundary is not stated. */
    public static EnergyPerOutput given(Quantity value, String where) {
        return new EnergyPerOutput(value, EnergyBoundary.UNSPECIFIED, Source.userInput(where), null);
    }

    /** A figure the user typed, with its boundary. */
    public static EnergyPerOutput given(Quantity value, EnergyBoundary boundary, String where) {
        return new EnergyPerOutput(value, boundary, Source.userInput(where), null);
    }

    /** A figure the user typed, possibly uncertain, with its boundary. */
    public static EnergyPerOutput given(UncertainQuantity value, EnergyBoundary boundary, String where) {
        return new EnergyPerOutput(value, boundary, Source.userInput(where), null);
    }

    /** Energy per token × tokens per output: e = e_token × T. */
    public static EnergyPerOutput perToken(Quantity energyPerToken, Quantity tokensPerOutput, EnergyBoundary boundary, String where) {
        Check.nonNegative(energyPerToken, Dimension.ENERGY_PER_TOKEN, Field.ENERGY_PER_TOKEN, "0.0001 Wh/token");
        Check.nonNegative(tokensPerOutput, Dimension.TOKENS, Field.TOKENS_PER_OUTPUT, "500 tokens");
        Quantity value = new Quantity(energyPerToken.base() * tokensPerOutput.base(), Dimension.ENERGY_PER_OUTPUT);
        Derivation d = Derivation.of("energy per output", "e = e_token × T")
                .input("e_token", "energy per token", energyPerToken, Source.userInput(where))
                .input("T", "tokens per output", tokensPerOutput, Source.userInput(where)).result(value);
        return new EnergyPerOutput(value, boundary, Source.userInput(where), d);
    }

    /** A bundled preset (a per-output figure of literature-figures.csv), with the boundary read at its source. */
    public static EnergyPerOutput figure(String id) {
        return Presets.get(id).energy();
    }

    /** The energy per output at its inputs' central values (kWh). */
    public double kwhPerOutput() {
        return value.centralBase();
    }
}
