package org.gtrace.grammar.compile;

import java.util.Map;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;

/** Places a core {@link InputError} at the property it is about, so the caret points at the value. */
final class CoreErrors {

    /** Field names the core uses that differ from the property words. */
    private static final Map<String, String> FIELDS = Map.of(
            "accelerator-hours", "accelerator_hours", "accelerators", "count", "offsite water", "water_offsite",
            "tokens per output", "output_tokens", "active parameters (billions)", "active_params",
            "region shares", "region");

    private CoreErrors() {}

    static RunError at(InputError e, Block block, Span fallback) {
        Span span = fallback;
        Property p = property(e.field(), block);
        if (p != null) span = p.items().isEmpty() ? p.name().span() : p.items().get(0).span().to(p.span());
        Kind kind = e instanceof UnknownNameError ? Kind.NAME : Kind.INPUT;
        return new RunError(kind, span, e.getMessage(), e.fix());
    }

    private static Property property(String field, Block block) {
        String word = FIELDS.getOrDefault(field, field);
        if (word.startsWith("share of ")) word = "region";
        if (word.equals("outputs")) {
            for (String v : Schemas.Volume.WORDS) if (block.get(v).isPresent()) return block.get(v).get();
        }
        return block.get(word).orElse(null);
    }
}
