package org.gtrace.grammar.runtime;

import org.gtrace.grammar.check.Type;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/** The static type the checker gives a value bound in the session (by the DSL or by a Java cell). */
public final class ValueTypes {

    private ValueTypes() {}

    public static Type of(Object v) {
        if (v instanceof Quantity q) return Type.quantity(q.dimension());
        if (v instanceof UncertainQuantity u) return Type.quantity(u.dimension());
        if (v instanceof Declared d) return declared(d.kind());
        if (v instanceof Table || v instanceof org.gtrace.stdlib.telemetry.Dataset) return Type.TABLE;
        if (v instanceof ShiftPlan) return Type.SHIFT;
        if (v instanceof String) return Type.TEXT;
        if (v instanceof Pixels) return Type.PIXELS;
        if (v instanceof FunctionValue f) {
            return f.function().equals("poisson") || f.function().equals("negbin") ? Type.COUNT_DISTRIBUTION : Type.CURVE;
        }
        if (v instanceof Number) return Type.NUMBER;
        return Type.VALUE;
    }

    private static Type declared(Declared.Kind kind) {
        return switch (kind) {
            case WORKLOAD -> Type.WORKLOAD;
            case TRAINING -> Type.TRAINING;
            case REGION -> Type.REGION;
            case SIMULATION -> Type.SIMULATION;
        };
    }
}
