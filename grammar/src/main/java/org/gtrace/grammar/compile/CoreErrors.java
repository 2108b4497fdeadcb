package org.gtrace.grammar.compile;

import java.util.Map;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.check.PropertySpec;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;

/**
 * Places a core {@link InputError} at the property that gave the input it is about: each
 * property's schema names its core {@link org.gtrace.stdlib.errors.Field}, so the caret points at
 * the value without reading the message.
 */
final class CoreErrors {

    private CoreErrors() {}

    static RunError at(InputError e, Block block, Map<String, PropertySpec> schema, Span fallback) {
        Span span = fallback;
        Property p = property(e, block, schema);
        if (p != null) span = p.items().isEmpty() ? p.name().span() : p.items().get(0).span().to(p.span());
        Kind kind = e instanceof UnknownNameError ? Kind.NAME : Kind.INPUT;
        return new RunError(kind, span, e.problem(), e.fix());
    }

    private static Property property(InputError e, Block block, Map<String, PropertySpec> schema) {
        Field f = e.field() == Field.REGION_SHARES ? Field.REGION : e.field(); // a split's shares are written with its regions
        for (Property p : block.properties()) {
            PropertySpec spec = schema.get(p.name().text());
            if (spec != null && spec.field() == f) return p;
        }
        return null;
    }
}
