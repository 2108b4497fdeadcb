package org.gtrace.grammar.compile;

import java.util.HashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;

/**
 * The statement compilers of the language, one line per statement kind. To add a statement:
 * a record in {@code Stmt}, an alternative in the grammar, a case in the AstBuilder and the
 * Checker, and a line here.
 */
final class StandardCompilers {

    private StandardCompilers() {}

    static Map<Class<? extends Stmt>, StatementCompiler<? extends Stmt>> table() {
        Map<Class<? extends Stmt>, StatementCompiler<? extends Stmt>> m = new HashMap<>();
        put(m, Stmt.Workload.class, Declarations::workload);
        put(m, Stmt.Training.class, Declarations::training);
        put(m, Stmt.Region.class, Declarations::region);
        put(m, Stmt.Scenario.class, Declarations::scenario);
        put(m, Stmt.Simulate.class, Declarations::simulate);
        put(m, Stmt.Shift.class, Shifts::declare);
        put(m, Stmt.Assess.class, StandardCompilers::assess);
        put(m, Stmt.Let.class, Basics::let);
        put(m, Stmt.Load.class, Basics::load);
        put(m, Stmt.Set.class, Basics::set);
        put(m, Stmt.Expect.class, Basics::expect);
        put(m, Stmt.Show.class, Basics::show);
        put(m, Stmt.Ask.class, Queries::ask);
        put(m, Stmt.Table.class, Queries::table);
        put(m, Stmt.Chart.class, Queries::chart);
        put(m, Stmt.Explain.class, Queries::explain);
        put(m, Stmt.Equivalents.class, Queries::equivalents);
        put(m, Stmt.Sci.class, StandardCompilers::sci);
        put(m, Stmt.Report.class, StudyReports::report);
        return m;
    }

    private static <S extends Stmt> void put(Map<Class<? extends Stmt>, StatementCompiler<? extends Stmt>> m,
                                             Class<S> kind, StatementCompiler<S> c) {
        m.put(kind, c);
    }

    /** The SCI of a workload per its functional unit; a count of the user's own unit goes with its word. */
    private static Step sci(Stmt.Sci s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Declared target = (Declared) ctx.bindings().require(s.target().text());
            String unit;
            org.gtrace.stdlib.units.Quantity count = null;
            if (s.per() instanceof org.gtrace.grammar.ast.Expr.Number n && n.unit() != null) {
                unit = n.unit();
                count = org.gtrace.stdlib.units.Quantity.number(n.value());
            } else {
                unit = ((org.gtrace.grammar.ast.Expr.Ref) s.per()).name().text();
            }
            ctx.report(sv.estimator().sci(target, unit, count, ctx, s.span().line()));
        });
    }

    /** The pyramid assessment of a declared workload or simulation. */
    private static Step assess(Stmt.Assess a, Services sv) {
        return Steps.of(a.span(), ctx -> {
            Object bound = ctx.bindings().require(a.target().text());
            Properties props = a.block() == null ? Properties.none()
                    : PropertyValues.evaluate(a.block(), Schemas.of(Schemas.Owner.ASSESS), new Evaluator(ctx, sv.estimator()),
                            "assess " + a.target().text());
            if (bound instanceof org.gtrace.grammar.runtime.ShiftPlan plan) {
                ctx.report(Shifts.assess(plan, props, ctx, sv, a.span()));
                return;
            }
            Declared target = (Declared) Telemetry.asWorkload(a.target().text(), bound, a.target().span(), a.span().line());
            ctx.report(sv.estimator().assess(target, props, ctx, a.span().line()));
        });
    }
}
