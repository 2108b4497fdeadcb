package org.gtrace.grammar.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.check.Schemas.Owner;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.Declared.Kind;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.ValueTypes;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.errors.InputError;

/** Compilers of the declarations: each binds a {@link Declared} built from its evaluated properties. */
final class Declarations {

    private Declarations() {}

    static Step workload(Stmt.Workload w, Services sv) {
        String modality = w.modality() == null ? "" : w.modality().text();
        return Steps.of(w.span(), ctx -> declare(ctx, sv, new Declared(Kind.WORKLOAD, w.name().text(), modality, null,
                props(w.block(), Owner.WORKLOAD, w.name(), ctx, sv), w.span().line()), w.block(), Owner.WORKLOAD, w.name()));
    }

    static Step training(Stmt.Training t, Services sv) {
        return Steps.of(t.span(), ctx -> declare(ctx, sv, new Declared(Kind.TRAINING, t.name().text(), "", null,
                props(t.block(), Owner.TRAINING, t.name(), ctx, sv), t.span().line()), t.block(), Owner.TRAINING, t.name()));
    }

    static Step region(Stmt.Region r, Services sv) {
        return Steps.of(r.span(), ctx -> {
            Map<String, Object> props = new LinkedHashMap<>();
            if (r.base() != null) props.put("from", new Word(r.base().text()));
            props.putAll(PropertyValues.values(r.block(), Schemas.of(Owner.REGION), new Evaluator(ctx, sv.estimator()), r.name().text()));
            declare(ctx, sv, new Declared(Kind.REGION, r.name().text(), "", null, props, r.span().line()), r.block(), Owner.REGION,
                    r.name());
        });
    }

    static Step scenario(Stmt.Scenario s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Declared base = (Declared) ctx.bindings().require(s.base().text());
            Owner owner = owner(base.kind());
            declare(ctx, sv, new Declared(base.kind(), s.name().text(), base.modality(), base,
                    props(s.block(), owner, s.name(), ctx, sv), s.span().line()), s.block(), owner, s.name());
        });
    }

    static Step simulate(Stmt.Simulate s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Declared base = s.base() == null ? null : (Declared) ctx.bindings().require(s.base().text());
            declare(ctx, sv, new Declared(Kind.SIMULATION, s.name().text(), base == null ? "" : base.modality(), base,
                    props(s.block(), Owner.SIMULATE, s.name(), ctx, sv), s.span().line()), s.block(), Owner.SIMULATE, s.name());
        });
    }

    /** The schema a declaration of {@code kind} (or a scenario of one) is written with. */
    static Owner owner(Kind kind) {
        return switch (kind) {
            case WORKLOAD -> Owner.WORKLOAD;
            case TRAINING -> Owner.TRAINING;
            case REGION -> Owner.REGION;
            case SIMULATION -> Owner.SIMULATE;
        };
    }

    /** The block's values; the uncertain inputs written in property p of thing n are named "n.p". */
    private static Properties props(Block block, Owner owner, Name name, RunContext ctx, Services sv) {
        return PropertyValues.evaluate(block, Schemas.of(owner), new Evaluator(ctx, sv.estimator()), name.text());
    }

    /** Validates against the core so a bad value is reported at its property, then binds. */
    private static void declare(RunContext ctx, Services sv, Declared d, Block block, Owner owner, Name name) {
        try {
            sv.estimator().validate(d, ctx);
        } catch (InputError e) {
            throw CoreErrors.at(e, block, Schemas.of(owner), name.span());
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
