package org.gtrace.grammar.bind;

import java.util.Set;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * R of an SCI score: how many of its functional unit a workload serves. An output word counts its
 * outputs; a token, its generated tokens; a second, its seconds of video; the user's own unit, the
 * count given.
 */
final class FunctionalUnits {

    /** The words that name a unit the workload itself counts. */
    static final Set<String> OUTPUTS = Set.copyOf(Schemas.Volume.WORDS.stream().flatMap(w -> java.util.stream.Stream.of(w,
            w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w)).toList());
    static final Set<String> TOKENS = Set.of("token", "tokens");
    static final Set<String> SECONDS = Set.of("second", "seconds", "s");

    private FunctionalUnits() {}

    static UncertainQuantity count(Declared d, InferenceEstimate e, String unit, Quantity given) {
        if (given != null) return UncertainQuantity.number(given.base());
        Properties p = d.effective();
        UncertainQuantity outputs = e.outputsValue();
        if (OUTPUTS.contains(unit)) return outputs.as(Dimension.NONE);
        if (TOKENS.contains(unit)) {
            if (p.has("tokens")) return outputs.as(Dimension.NONE);
            if (p.has("output_tokens")) {
                UncertainQuantity t = p.tokens("output_tokens", Field.TOKENS_PER_OUTPUT);
                if (p.has("reasoning_tokens")) t = t.plus(p.tokens("reasoning_tokens", Field.REASONING_TOKENS));
                return outputs.times(t).as(Dimension.NONE);
            }
            throw new InputError(Field.WHOLE, "sci", "per token needs the tokens each output generates, and '" + d.name()
                    + "' does not say", "give output_tokens (the text model), or the volume in tokens; or score per query");
        }
        if (SECONDS.contains(unit)) {
            if (p.has("footage")) return p.amount("footage", Field.FOOTAGE).times(3600).as(Dimension.NONE);
            if (p.has("length")) return outputs.times(p.amount("length", Field.LENGTH).times(3600)).as(Dimension.NONE);
            throw new InputError(Field.WHOLE, "sci", "per second needs the length of each video, and '" + d.name() + "' does not say",
                    "give length 5 s (or footage); or score per video");
        }
        throw new InputError(Field.WHOLE, "sci", "unknown functional unit '" + unit + "'",
                "write per query (or image, video…), per token, per second, or a count of your own: per 130M users");
    }
}
