package org.gtrace.grammar.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Property;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Dimension;

/** Checks the properties inside {@code < >} against the owner's {@link Schemas} table. */
final class PropertyChecker {

    /** Words people reach for instead of a property's name (spelling alone would not find them). */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("gpu", "accelerator"), Map.entry("hardware", "accelerator"),
            Map.entry("gpus", "count"), Map.entry("chips", "count"),
            Map.entry("gpu_hours", "accelerator_hours"), Map.entry("location", "region"),
            Map.entry("country", "region"), Map.entry("grid", "region"),
            Map.entry("carbon_intensity", "intensity"), Map.entry("ci", "intensity"),
            Map.entry("volume", "outputs"), Map.entry("power_usage_effectiveness", "pue"),
            Map.entry("model", "preset"), Map.entry("time", "duration"));

    private static final Set<String> FLAG_WORDS = Set.of("yes", "no", "true", "false");

    private final ExprChecker exprs;
    private final Names names;
    private final Diagnostics diagnostics;

    PropertyChecker(ExprChecker exprs, Names names, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.names = names;
        this.diagnostics = diagnostics;
    }


    void block(Block block, Map<String, PropertySpec> schema, String owner) {
        Set<String> seen = new HashSet<>();
        for (Property p : block.properties()) {
            PropertySpec spec = schema.get(p.name().text());
            if (spec == null) {
                String meant = SYNONYMS.get(p.name().text());
                String hint = meant != null && schema.containsKey(meant) ? "did you mean '" + meant + "'?"
                        : ExprChecker.hintOr(DidYouMean.hint(p.name().text(), schema.keySet()),
                                "properties: " + String.join(", ", schema.keySet()));
                diagnostics.error(Kind.PROPERTY, p.name().span(), owner + " has no property '" + p.name().text() + "'", hint);
                continue;
            }
            if (!seen.add(spec.name())) {
                diagnostics.warning(Kind.PROPERTY, p.name().span(), "'" + spec.name() + "' is given twice; the last one counts", "");
            }
            property(p, spec);
        }
    }

    void property(Property p, PropertySpec spec) {
        switch (spec.shape()) {
            case QUANTITY -> quantity(p, spec);
            case NUMBER -> number(p, spec);
            case REGIONS -> regions(p, spec);
            case BLEND -> blend(p, spec);
            case REGION -> word(p, spec, w -> names.region(w));
            case ACCELERATOR -> accelerator(p, spec);
            case WORD -> word(p, spec, w -> option(w, spec));
            case WORDS -> words(p, spec);
            case FLAG -> flag(p, spec);
            case CURVE -> typed(p, spec, Type.Tag.CURVE);
            case COUNT -> count(p, spec);
            case PIXELS -> typed(p, spec, Type.Tag.PIXELS);
            case TEXT -> text(p, spec);
            case CORRELATION -> correlation(p, spec);
        }
    }

    private Expr single(Property p, PropertySpec spec) {
        Expr e = p.single();
        if (e == null) {
            diagnostics.error(Kind.PROPERTY, p.isFlag() ? p.name().span() : p.span(),
                    p.isFlag() ? "'" + spec.name() + "' needs a value" : "'" + spec.name() + "' takes one value",
                    "write " + spec.example());
        }
        return e;
    }

    private void quantity(Property p, PropertySpec spec) {
        Expr e = single(p, spec);
        if (e == null) return;
        if (e instanceof Expr.Ref r && !names.known(r.name()) && names.suggestion(r.name()).isEmpty()) {
            // 'set seed forty', 'users lots': a word where a number belongs, not a name to define
            diagnostics.error(Kind.NAME, r.span(), "'" + r.name().text() + "' is not defined, and '" + spec.name()
                    + "' needs " + expected(spec), "write " + spec.example());
            return;
        }
        Type t = exprs.type(e);
        if (t.isUnknown()) return;
        if (!t.isQuantity()) {
            diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' needs " + expected(spec) + ", not " + t.describe(),
                    "write " + spec.example());
            return;
        }
        if (t.hasDimension() && !spec.dims().contains(t.dimension())) {
            diagnostics.error(Kind.UNIT, e.span(), "'" + spec.name() + "' needs " + expected(spec) + " but got " + t.describe(),
                    "write " + spec.example());
            return;
        }
        bounds(e, spec);
    }

    /** A number that sets the run: written uncertain, it is refused here rather than cut to its centre. */
    private void number(Property p, PropertySpec spec) {
        Expr e = p.single();
        if (e != null && Functions.writesUncertainty(e)) {
            diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' takes one number, not an uncertain value: it sets the run"
                    + " itself and is not drawn", Functions.oneNumberFix(spec.example()));
            return;
        }
        quantity(p, spec);
    }

    private static String expected(PropertySpec spec) {
        List<String> names = spec.dims().stream().map(Dimension::describe).toList();
        return names.size() == 1 ? names.get(0) : String.join(" or ", names);
    }

    /** Range checks on every literal end of the value (both bounds of a range, the centre of a spread). */
    private void bounds(Expr e, PropertySpec spec) {
        for (Expr end : ends(e)) {
            OptionalDouble v = Constants.value(end);
            if (v.isEmpty()) continue;
            double x = v.getAsDouble();
            if (x < spec.min() || x > spec.max()) {
                String fix = e instanceof Expr.Range ? "keep both ends of the range " + spec.describeRange() + ", or write "
                        : "write ";
                diagnostics.error(Kind.RANGE, end.span(), "'" + spec.name() + "' must be " + spec.describeRange(),
                        fix + spec.example());
                return;
            }
        }
    }

    private static List<Expr> ends(Expr e) {
        if (e instanceof Expr.Range r) return List.of(r.low(), r.high());
        if (e instanceof Expr.Spread s) return List.of(s.centre());
        if (e instanceof Expr.Call c && !c.arguments().isEmpty()) return List.of(c.arguments().get(0).value());
        return List.of(e);
    }

    private void regions(Property p, PropertySpec spec) {
        if (p.isFlag()) {
            single(p, spec);
            return;
        }
        if (p.single() instanceof Expr.Ref r) {
            names.region(r.name());
            return;
        }
        if (p.single() instanceof Expr.Text t) {  // a name with spaces: region "United States"
            names.domainWord(Domain.REGION, t.value(), t.span());
            return;
        }
        new ShareChecker(exprs, names, diagnostics).shares(p, spec);
    }

    /** {@code blend FRA, DEU} (weighted by generation) or {@code blend FRA 40%, DEU 60%} (a split). */
    private void blend(Property p, PropertySpec spec) {
        boolean plain = p.items().stream().allMatch(i -> i.key() == null && i.value() instanceof Expr.Ref);
        if (!plain) {
            new ShareChecker(exprs, names, diagnostics).shares(p, spec);
            return;
        }
        for (Property.Item i : p.items()) names.region(((Expr.Ref) i.value()).name());
        if (p.items().size() < 2) {
            diagnostics.error(Kind.PROPERTY, p.span(), "a blend needs at least two regions", "write " + spec.example());
        }
    }

    private void word(Property p, PropertySpec spec, java.util.function.Predicate<org.gtrace.grammar.ast.Name> check) {
        Expr e = single(p, spec);
        if (e == null) return;
        if (e instanceof Expr.Ref r) {
            check.test(r.name());
        } else {
            diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' needs a word", "write " + spec.example());
        }
    }

    private void words(Property p, PropertySpec spec) {
        if (p.isFlag()) {
            single(p, spec);
            return;
        }
        for (Property.Item item : p.items()) {
            if (item.key() == null && item.value() instanceof Expr.Ref r) {
                option(r.name(), spec);
            } else {
                diagnostics.error(Kind.TYPE, item.span(), "'" + spec.name() + "' needs words separated by commas",
                        "write " + spec.example());
            }
        }
    }

    /** {@code correlate a, b 70%[, c, d −30%]}: pairs of property words, each with a rank correlation strictly inside ±100%. */
    private void correlation(Property p, PropertySpec spec) {
        List<Property.Item> items = p.items();
        boolean pairs = items.size() % 2 == 0 && !items.isEmpty();
        for (int i = 0; pairs && i < items.size(); i += 2) {
            Property.Item a = items.get(i), b = items.get(i + 1);
            pairs = a.key() == null && a.value() instanceof Expr.Ref && b.key() != null;
        }
        if (!pairs) {
            diagnostics.error(Kind.TYPE, p.span(), "'correlate' needs two property names and a rank correlation", "write " + spec.example());
            return;
        }
        for (int i = 0; i < items.size(); i += 2) {
            Property.Item b = items.get(i + 1);
            Type t = exprs.type(b.value());
            if (t.hasDimension() && !t.dimension().isDimensionless()) {
                diagnostics.error(Kind.UNIT, b.value().span(), "a rank correlation is a plain number or a percentage", "write 70% or 0.7");
            } else if (Constants.value(b.value()).isPresent()) {
                double rho = Constants.value(b.value()).getAsDouble();
                if (!(rho > -1 && rho < 1)) {
                    diagnostics.error(Kind.RANGE, b.value().span(), "a rank correlation must be strictly between −100% and 100%",
                            "write 70% (or −30% for inputs that move apart)");
                }
            }
        }
    }

    private boolean option(org.gtrace.grammar.ast.Name w, PropertySpec spec) {
        if (spec.options().contains(w.text())) return true;
        diagnostics.error(Kind.NAME, w.span(), "'" + spec.name() + "' cannot be '" + w.text() + "'",
                ExprChecker.hintOr(DidYouMean.hint(w.text(), spec.options()), "use one of " + String.join(", ", spec.options())));
        return false;
    }

    private void accelerator(Property p, PropertySpec spec) {
        if (p.items().size() == 1 && p.items().get(0).key() != null) {
            diagnostics.error(Kind.SYNTAX, p.items().get(0).span(), "an accelerator name with spaces goes in quotes",
                    "write accelerator \"" + p.items().get(0).key().text() + " …\" with the full name, e.g. \"A100 SXM4 80 GB\"");
            return;
        }
        Expr e = single(p, spec);
        if (e instanceof Expr.Ref r) {
            names.domainWord(Domain.ACCELERATOR, r.name().text(), r.span());
        } else if (e instanceof Expr.Text t) {
            names.domainWord(Domain.ACCELERATOR, t.value(), t.span());
        } else if (e != null) {
            diagnostics.error(Kind.TYPE, e.span(), "'accelerator' needs an accelerator name", "write " + spec.example());
        }
    }

    private void flag(Property p, PropertySpec spec) {
        if (p.isFlag()) return;
        Expr e = p.single();
        if (e instanceof Expr.Ref r && FLAG_WORDS.contains(r.name().text())) return;
        Span s = e == null ? p.span() : e.span();
        diagnostics.error(Kind.TYPE, s, "'" + spec.name() + "' is yes or no", "write '" + spec.name() + "' alone, or '"
                + spec.name() + " no'");
    }

    private void typed(Property p, PropertySpec spec, Type.Tag tag) {
        Expr e = single(p, spec);
        if (e == null) return;
        Type t = exprs.type(e);
        if (!t.isUnknown() && t.tag() != tag) {
            diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' needs " + new Type(tag, null).describe()
                    + ", not " + t.describe(), "write " + spec.example());
        }
    }

    private void count(Property p, PropertySpec spec) {
        Expr e = single(p, spec);
        if (e == null) return;
        if (e instanceof Expr.Range || e instanceof Expr.Spread) {
            // the engine draws each user's outputs from a count distribution; a range drawn once would make every user alike
            diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' takes a count or a count distribution, not a range",
                    "write " + spec.name() + " poisson(3), or negbin(mean = 3, dispersion = 2) for a wider spread between users");
            return;
        }
        Type t = exprs.type(e);
        if (t.isUnknown() || t.tag() == Type.Tag.COUNT_DISTRIBUTION) return;
        if (t.hasDimension() && (t.dimension().isDimensionless() || t.dimension().equals(Dimension.OUTPUTS))) {
            bounds(e, PropertySpec.quantity(spec.name(), List.of(), 0, Double.POSITIVE_INFINITY, spec.example(), ""));
            return;
        }
        diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' needs a count or a count distribution, not "
                + t.describe(), "write " + spec.example());
    }

    private void text(Property p, PropertySpec spec) {
        Expr e = single(p, spec);
        if (e instanceof Expr.Text t && spec.name().equals("preset")) {
            names.domainWord(Domain.PRESET, t.value(), t.span());
            return;
        }
        if (e == null || e instanceof Expr.Text) return;
        // a shift's grid names a loaded table; the shift's own check resolves it
        if (e instanceof Expr.Ref && spec.name().equals("grid")) return;
        if (e instanceof Expr.Ref r && spec.name().equals("preset")) {
            names.domainWord(Domain.PRESET, r.name().text(), r.span());
            return;
        }
        if (spec.name().equals("preset") && e instanceof Expr.Member) {
            names.domainWord(Domain.PRESET, flatten(e), e.span());
            return;
        }
        diagnostics.error(Kind.TYPE, e.span(), "'" + spec.name() + "' needs a \"string\"", "write " + spec.example());
    }

    /** text.gpt4o.typical_query parses as member access; a preset id reads it back as one word. */
    static String flatten(Expr e) {
        if (e instanceof Expr.Member m) return flatten(m.target()) + "." + m.member().text();
        if (e instanceof Expr.Ref r) return r.name().text();
        return "";
    }
}
