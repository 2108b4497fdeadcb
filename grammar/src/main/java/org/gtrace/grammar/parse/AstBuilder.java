package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Metric;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.ast.Query;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.ast.Subject;
import org.gtrace.grammar.diag.Diagnostics;

/**
 * The only class (with its helper {@link ExprBuilder}) that reads ANTLR parse trees: it turns a
 * tree without syntax errors into the immutable AST.
 */
final class AstBuilder {

    private final ExprBuilder exprs;

    AstBuilder(Diagnostics diagnostics) {
        this.exprs = new ExprBuilder(diagnostics);
    }

    Program program(GTraceParser.ProgramContext ctx) {
        List<Stmt> out = new ArrayList<>(ctx.statement().size());
        for (GTraceParser.StatementContext s : ctx.statement()) out.add(statement(s));
        return new Program(out);
    }

    /** One statement read on its own (after a syntax error elsewhere), or null for an empty one. */
    Stmt statementOnly(GTraceParser.StatementOnlyContext ctx) {
        return ctx.statement() == null ? null : statement(ctx.statement());
    }

    Stmt statement(GTraceParser.StatementContext ctx) {
        org.gtrace.stdlib.uncertainty.CancelledException.ifInterrupted("reading the cell");
        Span span = Spans.of(ctx);
        if (ctx instanceof GTraceParser.WorkloadDeclContext w) {
            return new Stmt.Workload(nameOrNull(w.modality), name(w.name), block(w.block()), span);
        }
        if (ctx instanceof GTraceParser.TrainingDeclContext t) {
            return new Stmt.Training(name(t.name), block(t.block()), span);
        }
        if (ctx instanceof GTraceParser.RegionDeclContext r) {
            return new Stmt.Region(name(r.name), nameOrNull(r.base), block(r.block()), span);
        }
        if (ctx instanceof GTraceParser.ScenarioDeclContext s) {
            return new Stmt.Scenario(name(s.name), name(s.base), block(s.block()), span);
        }
        if (ctx instanceof GTraceParser.SimulateDeclContext s) {
            return new Stmt.Simulate(name(s.name), nameOrNull(s.base), block(s.block()), span);
        }
        if (ctx instanceof GTraceParser.ShiftDeclContext s) {
            return new Stmt.Shift(name(s.name), name(s.base), block(s.block()), span);
        }
        if (ctx instanceof GTraceParser.AssessStmtContext a) {
            return new Stmt.Assess(name(a.target), block(a.block()), span);
        }
        if (ctx instanceof GTraceParser.LetStmtContext l) {
            return new Stmt.Let(name(l.name), exprs.expr(l.value), span);
        }
        if (ctx instanceof GTraceParser.LoadStmtContext l) {
            return new Stmt.Load(name(l.name), Literals.string(l.path.getText()), Spans.of(l.path), block(l.block()), span);
        }
        if (ctx instanceof GTraceParser.SetStmtContext s) {
            Name option = word(s.option);
            Property value = new Property(option, items(s.value), Spans.of(s));
            return new Stmt.Set(option, value, span);
        }
        return query(ctx, span);
    }

    private Stmt query(GTraceParser.StatementContext ctx, Span span) {
        if (ctx instanceof GTraceParser.ExpectStmtContext e) {
            return new Stmt.Expect(exprs.additive(e.actual), exprs.additive(e.expected),
                    e.tolerance == null ? null : exprs.additive(e.tolerance), span);
        }
        if (ctx instanceof GTraceParser.ChartStmtContext c) {
            return new Stmt.Chart(subject(c.subject), c.style == null ? null : word(c.style), span);
        }
        if (ctx instanceof GTraceParser.TableStmtContext t) {
            return new Stmt.Table(subject(t.subject), t.path == null ? null : Literals.string(t.path.getText()),
                    t.path == null ? null : Spans.of(t.path), span);
        }
        if (ctx instanceof GTraceParser.ReportStmtContext r) {
            return new Stmt.Report(names(r.targets), Literals.string(r.path.getText()), Spans.of(r.path), block(r.block()), span);
        }
        if (ctx instanceof GTraceParser.ExplainStmtContext e) return new Stmt.Explain(subject(e.subject), span);
        if (ctx instanceof GTraceParser.SciStmtContext sc) {
            return new Stmt.Sci(name(sc.target), exprs.expr(sc.per), span);
        }
        if (ctx instanceof GTraceParser.EquivalentsStmtContext e) {
            return new Stmt.Equivalents(exprs.expr(e.subject), block(e.block()), span);
        }
        if (ctx instanceof GTraceParser.QueryStmtContext q) return new Stmt.Ask(query(q.query()), span);
        return new Stmt.Show(exprs.expr(((GTraceParser.ExprStmtContext) ctx).expr()), span);
    }

    private Subject subject(GTraceParser.ChartableContext ctx) {
        return ctx.query() != null ? query(ctx.query()) : exprs.expr(ctx.expr());
    }

    private Query query(GTraceParser.QueryContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof GTraceParser.MetricQueryContext m) {
            return new Query.Measure(Metric.ofWord(m.measure.getText()), names(m.targets), by(m.byList()), where(m.whereClause()),
                    m.grid == null ? null : name(m.grid), names(m.across), m.unit == null ? null : new Name(m.unit.getText(), Spans.of(m.unit)), span);
        }
        if (ctx instanceof GTraceParser.CompareQueryContext c) {
            return new Query.Compare(names(c.targets), names(c.across), by(c.byList()), where(c.whereClause()),
                    c.unit == null ? null : new Name(c.unit.getText(), Spans.of(c.unit)), span);
        }
        GTraceParser.LifecycleQueryContext l = (GTraceParser.LifecycleQueryContext) ctx;
        return new Query.Lifecycle(name(l.training), names(l.serving), l.outputs == null ? null : exprs.additive(l.outputs), span);
    }

    private List<Name> by(GTraceParser.ByListContext ctx) {
        if (ctx == null) return List.of();
        List<Name> out = new ArrayList<>();
        for (GTraceParser.PropNameContext p : ctx.by) out.add(word(p));
        return out;
    }

    private List<Query.Condition> where(GTraceParser.WhereClauseContext ctx) {
        if (ctx == null) return List.of();
        List<Query.Condition> out = new ArrayList<>();
        for (GTraceParser.ConditionContext c : ctx.conditions) {
            String text = c.value.getText();
            if (c.value.STRING() != null) text = Literals.string(text);
            else if (c.value.NUMBER() != null) text = Double.toString(Literals.number(c.value.NUMBER().getText()));
            GTraceParser.UnitTextContext unit = c.value.unit;
            out.add(new Query.Condition(word(c.column), c.op.getText(), text,
                    unit == null ? null : new Name(unit.getText(), Spans.of(unit)), Spans.of(c.value)));
        }
        return out;
    }

    private Block block(GTraceParser.BlockContext ctx) {
        if (ctx == null) return Block.EMPTY;
        List<Property> props = new ArrayList<>();
        for (GTraceParser.PropertyContext p : ctx.property()) {
            Name name = new Name(p.name.getText(), Spans.of(p.name));
            List<Property.Item> items = p.value == null ? List.<Property.Item>of() : items(p.value);
            if (name.text().equals("correlate")) items = items.stream().map(AstBuilder::negativeRank).toList();
            props.add(new Property(name, items, Spans.of(p)));
        }
        return new Block(props, Spans.of(ctx));
    }

    /**
     * 'correlate energy, pue -30%' parses as the subtraction 'pue - 30%', which no pair of a
     * correlation can mean: it is the word pue with the rank −30%.
     */
    private static Property.Item negativeRank(Property.Item i) {
        if (i.key() == null && i.value() instanceof Expr.Binary b && b.op() == Expr.Op.SUBTRACT && b.left() instanceof Expr.Ref r) {
            return new Property.Item(r.name(), new Expr.Negate(b.right(), b.right().span()), i.span());
        }
        return i;
    }

    private List<Property.Item> items(GTraceParser.PropValueContext ctx) {
        List<Property.Item> out = new ArrayList<>();
        for (GTraceParser.ItemContext i : ctx.item()) {
            if (i instanceof GTraceParser.KeyedItemContext k) {
                out.add(new Property.Item(name(k.key), exprs.expr(k.amount), Spans.of(k)));

            } else if (i instanceof GTraceParser.KeywordItemContext w) {
                // 'basis market, lifecycle': a keyword read as a plain word where a value is expected.
                Name word = new Name(w.word.getText(), Spans.of(w.word));
                out.add(new Property.Item(null, new Expr.Ref(word, word.span()), Spans.of(w)));
            } else {
                out.add(new Property.Item(null, exprs.expr(((GTraceParser.PlainItemContext) i).expr()), Spans.of(i)));
            }
        }
        return out;
    }

    private static List<Name> names(GTraceParser.IdentListContext ctx) {
        if (ctx == null) return List.of();
        List<Name> out = new ArrayList<>();
        for (GTraceParser.IdentContext i : ctx.ident()) out.add(name(i));
        return out;
    }

    static Name name(GTraceParser.IdentContext ctx) {
        return new Name(ctx.getText(), Spans.of(ctx));
    }

    private static Name word(GTraceParser.PropNameContext ctx) {
        return new Name(ctx.getText(), Spans.of(ctx));
    }

    private static Name nameOrNull(GTraceParser.IdentContext ctx) {
        return ctx == null ? null : name(ctx);
    }
}
