package org.gtrace.grammar.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.check.Schemas.Owner;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.ValueTypes;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.errors.InputError;

/** Compilers of the declarations: each binds a {@link Declared} built from its evaluated properties. */
final class Declarations {

    private Declarations() {}

    static Step workload(Stmt.Workload w, Services sv) {
        String modality = w.modality() == null ? "" : w.modality().text();
        return Steps.of(w.span(), ctx -> declare(ctx, sv, new Declared("workload", w.name().text(), modality, null,
                props(w.block(), Owner.WORKLOAD, ctx, sv), w.span().line()), w.block(), w.name()));
    }

    static Step training(Stmt.Training t, Services sv) {
        return Steps.of(t.span(), ctx -> declare(ctx, sv, new Declared("training", t.name().text(), "", null,
                props(t.block(), Owner.TRAINING, ctx, sv), t.span().line()), t.block(), t.name()));
    }

    static Step region(Stmt.Region r, Services sv) {
        return Steps.of(r.span(), ctx -> {
            Map<String, Object> props = new LinkedHashMap<>();
            if (r.base() != null) props.put("from", new Word(r.base().text()));
            props.putAll(props(r.block(), Owner.REGION, ctx, sv));
            declare(ctx, sv, new Declared("region", r.name().text(), "", null, props, r.span().line()), r.block(), r.name());
        });
    }

    static Step scenario(Stmt.Scenario s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Declared base = (Declared) ctx.bindings().require(s.base().text());
            Owner owner = switch (base.kind()) {
                case "training" -> Owner.TRAINING;
                case "simulation" -> Owner.SIMULATE;
                default -> Owner.WORKLOAD;
            };
            declare(ctx, sv, new Declared(base.kind(), s.name().text(), base.modality(), base,
                    props(s.block(), owner, ctx, sv), s.span().line()), s.block(), s.name());
        });
    }

    static Step simulate(Stmt.Simulate s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Declared base = s.base() == null ? null : (Declared) ctx.bindings().require(s.base().text());
            declare(ctx, sv, new Declared("simulation", s.name().text(), base == null ? "" : base.modality(), base,
                    props(s.block(), Owner.SIMULATE, ctx, sv), s.span().line()), s.block(), s.name());
        });
    }

    private static Map<String, Object> props(Block block, Owner owner, RunContext ctx, Services sv) {
        return PropertyValues.evaluate(block, Schemas.of(owner), new Evaluator(ctx, sv.estimator()));
    }

    /** Validates against the core so a bad value is reported at its property, then binds. */
    private static void declare(RunContext ctx, Services sv, Declared d, Block block, Name name) {
        try {
            sv.estimator().validate(d, ctx);
        } catch (InputError e) {
            throw CoreErrors.at(e, block, name.span());
        }
        bind(ctx, d);
    }

    static void bind(RunContext ctx, Declared d) {
        ctx.bindings().put(d.name(), d, ValueTypes.of(d));
    }

    static void bind(RunContext ctx, Name name, Object value) {
        ctx.bindings().put(name.text(), value, ValueTypes.of(value));
    }
}
