package org.gtrace.stdlib.provenance;

import java.util.HashSet;
import java.util.Set;

/**
 * Derivations written one after another as Markdown (what {@code explain} shows), each in full
 * only once: the energy behind a CO2e figure, already derived in its own section, reads as
 * "energy of ghibli = 4,200 MWh, derived above" instead of its table again. Holds what it has
 * written, so use one per explanation.
 */
public final class DerivationSequence {

    private final Set<Derivation> shown = new HashSet<>();

    /** The Markdown of {@code d}, with back-references to the parts this sequence has already written. */
    public String markdown(Derivation d) {
        return DerivationText.markdown(d, shown);
    }
}
