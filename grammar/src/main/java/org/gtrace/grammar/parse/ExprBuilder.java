package org.gtrace.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Metric;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;

/** Builds expression nodes from expression parse trees; part of the AST builder. */
final class ExprBuilder {

    private final Diagnostics diagnostics;

    ExprBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Expr expr(GTraceParser.ExprContext ctx) {
        Expr first = additive(ctx.first);
        if (ctx.op == null) return first;
        Expr second = additive(ctx.second);
        if (ctx.op.getType() == GTraceParser.DOTDOT) return new Expr.Range(borrowUnit(first, second), second, Spans.of(ctx));
        return new Expr.Spread(first, second, Spans.of(ctx));
    }

    /** In {@code 0.004 .. 0.008 kWh} the unit written after the upper bound applies to both. */
    private static Expr borrowUnit(Expr low, Expr high) {
        if (low instanceof Expr.Number l && l.unit() == null && high instanceof Expr.Number h && h.unit() != null) {
            return new Expr.Number(l.value(), h.unit(), h.unitSpan(), l.span());
        }
        return low;
    }

    Expr additive(GTraceParser.AdditiveContext ctx) {
        Expr result = multiplicative(ctx.first);
        for (int i = 0; i < ctx.rest.size(); i++) {
            Expr right = multiplicative(ctx.rest.get(i));
            Expr.Op op = ctx.ops.get(i).getType() == GTraceParser.PLUS ? Expr.Op.ADD : Expr.Op.SUBTRACT;
            result = new Expr.Binary(op, result, right, result.span().to(right.span()));
        }
        return result;
    }

    private Expr multiplicative(GTraceParser.MultiplicativeContext ctx) {
        Expr result = unary(ctx.first);
        for (int i = 0; i < ctx.rest.size(); i++) {
            Expr right = unary(ctx.rest.get(i));
            Expr.Op op = ctx.ops.get(i).getType() == GTraceParser.STAR ? Expr.Op.MULTIPLY : Expr.Op.DIVIDE;
            result = new Expr.Binary(op, result, right, result.span().to(right.span()));
        }
        return result;
    }

    private Expr unary(GTraceParser.UnaryContext ctx) {
        if (ctx instanceof GTraceParser.NegateContext n) {
            return new Expr.Negate(unary(n.operand), Spans.of(n));
        }
        return postfix(((GTraceParser.NotNegatedContext) ctx).postfix());
    }

    private Expr postfix(GTraceParser.PostfixContext ctx) {
        Expr result = primary(ctx.primary());
        for (GTraceParser.PropNameContext m : ctx.members) {
            Name member = new Name(m.getText(), Spans.of(m));
            result = new Expr.Member(result, member, result.span().to(member.span()));
        }
        return result;
    }

    private Expr primary(GTraceParser.PrimaryContext ctx) {
        if (ctx instanceof GTraceParser.NumberLitContext n) return number(n);
        if (ctx instanceof GTraceParser.PixelsLitContext p) return pixels(p.value);
        if (ctx instanceof GTraceParser.StringLitContext s) {
            return new Expr.Text(Literals.string(s.value.getText()), Spans.of(s.value));
        }
        if (ctx instanceof GTraceParser.MeasureExprContext m) {
            return new Expr.Measure(Metric.ofWord(m.measure.getText()), AstBuilder.name(m.target), Spans.of(m));
        }
        if (ctx instanceof GTraceParser.CallExprContext c) return call(c);
        if (ctx instanceof GTraceParser.NameRefContext r) {
            Name name = AstBuilder.name(r.name);
            return new Expr.Ref(name, name.span());
        }
        if (ctx instanceof GTraceParser.RatioRefContext r) return ratio(r.ratio);
        if (ctx instanceof GTraceParser.DottedRefContext d) {
            // One word, as a quoted preset id would be; the checker says where such a word is allowed.
            Name name = new Name(d.dotted.getText(), Spans.of(d.dotted));
            return new Expr.Ref(name, name.span());
        }
        return expr(((GTraceParser.ParenContext) ctx).inner);
    }

    private Expr number(GTraceParser.NumberLitContext n) {
        double v = Literals.number(n.value.getText());
        Span span = Spans.of(n);
        if (Double.isNaN(v)) {
            diagnostics.error(Kind.RANGE, Spans.of(n.value), "number '" + Literals.abbreviate(n.value.getText()) + "' is too large",
                    "use a unit with a larger prefix (MWh instead of Wh) or a smaller number");
            v = 0;
        }
        if (n.unit == null) return new Expr.Number(v, null, null, span);
        return new Expr.Number(v, n.unit.getText(), Spans.of(n.unit), span);
    }

    private Expr pixels(Token t) {
        String[] parts = t.getText().replace("_", "").split("x");
        Span span = Spans.of(t);
        try {
            return new Expr.Pixels(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), span);
        } catch (NumberFormatException e) {
            diagnostics.error(Kind.RANGE, span, "resolution '" + t.getText() + "' is too large",
                    "write a resolution such as 1024x1024");
            return new Expr.Pixels(1, 1, span);
        }
    }

    private Expr call(GTraceParser.CallExprContext c) {
        List<Expr.Argument> args = new ArrayList<>();
        for (GTraceParser.ArgumentContext a : c.args) {
            Name name = a.name == null ? null : AstBuilder.name(a.name);
            args.add(new Expr.Argument(name, expr(a.value), Spans.of(a)));
        }
        return new Expr.Call(AstBuilder.name(c.fn), args, Spans.of(c));
    }

    /** {@code total/n} outside a unit position is a division of names. */
    private Expr ratio(Token t) {
        String[] parts = t.getText().split("/");
        int offset = 0;
        Expr result = null;
        for (String p : parts) {
            Span s = Spans.inside(t, offset, p.length());
            Expr ref = new Expr.Ref(new Name(p, s), s);
            result = result == null ? ref : new Expr.Binary(Expr.Op.DIVIDE, result, ref, result.span().to(s));
            offset += p.length() + 1;
        }
        return result;
    }
}
