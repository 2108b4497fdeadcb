package org.gtrace.grammar.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.check.PropertySpec;
import org.gtrace.grammar.runtime.Correlate;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.Shares;
import org.gtrace.grammar.runtime.Word;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;

/** Evaluates the properties of a block to values, by the shape their schema gives them. */
final class PropertyValues {

    private PropertyValues() {}

    /** The values of a block's properties; the uncertain inputs in property p are named "{@code owner}.p". */
    static Properties evaluate(Block block, Map<String, PropertySpec> schema, Evaluator ev, String owner) {
        return Properties.of(values(block, schema, ev, owner));
    }

    static Map<String, Object> values(Block block, Map<String, PropertySpec> schema, Evaluator ev, String owner) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Property p : block.properties()) {
            PropertySpec spec = schema.get(p.name().text());
            out.put(p.name().text(), value(p, spec, ev.naming(owner + "." + p.name().text())));
        }
        return out;
    }

    static Object value(Property p, PropertySpec spec, Evaluator ev) {
        return switch (spec.shape()) {
            case FLAG -> p.isFlag() || word(p.single()).matches("yes|true");
            case REGIONS -> p.single() instanceof Expr.Ref r ? new Word(r.name().text())
                    : p.single() instanceof Expr.Text t ? new Word(t.value()) : shares(p, ev);
            case BLEND -> p.items().stream().allMatch(i -> i.key() == null)
                    ? p.items().stream().map(i -> new Word(word(i.value()))).toList() : shares(p, ev);
            case REGION, WORD, ACCELERATOR -> new Word(word(p.single()));
            case WORDS -> p.items().stream().map(i -> new Word(word(i.value()))).toList();
            case TEXT -> p.single() instanceof Expr.Text t ? t.value() : new Word(word(p.single()));
            case CORRELATION -> correlate(p, ev);
            default -> ev.eval(p.single());
        };
    }

    private static Correlate correlate(Property p, Evaluator ev) {
        java.util.List<Correlate.Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < p.items().size(); i += 2) {
            Property.Item a = p.items().get(i), b = p.items().get(i + 1);
            pairs.add(new Correlate.Pair(word(a.value()), b.key().text(), ev.quantity(b.value()).base()));
        }
        return new Correlate(pairs);
    }

    /** A split: each share a point or an uncertain value (named after its region: "ghibli.region.FRA"). */
    private static Shares shares(Property p, Evaluator ev) {
        Map<String, UncertainQuantity> m = new LinkedHashMap<>();
        for (Property.Item i : p.items()) {
            Object v = ev.naming(ev.name() + "." + i.key().text()).eval(i.value());
            m.put(i.key().text(), Evaluator.uncertain(v, i.value().span()));
        }
        return new Shares(m);
    }

    /** The word of a Ref, the text of a string, or a dotted preset id. */
    private static String word(Expr e) {
        if (e instanceof Expr.Ref r) return r.name().text();
        if (e instanceof Expr.Text t) return t.value();
        if (e instanceof Expr.Member m) return word(m.target()) + "." + m.member().text();
        return "";
    }
}
