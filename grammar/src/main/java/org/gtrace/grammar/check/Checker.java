package org.gtrace.grammar.check;

import java.util.List;
import java.util.Optional;
import org.gtrace.grammar.ast.Property;

import java.util.HashMap;
import java.util.Map;
import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.ast.Subject;
import org.gtrace.grammar.check.Schemas.Owner;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Dimension;

/**
 * Checks a parsed program before anything runs: names, dimensions, property values and ranges.
 * It reports every problem it finds and returns the types of the names the program defines.
 */
public final class Checker {

    private final Catalog catalog;
    private final Map<String, Type> session;

    /** @param session the types of the names the session already holds */
    public Checker(Catalog catalog, Map<String, Type> session) {
        this.catalog = catalog;
        this.session = session;
    }

    /** Checks {@code program}; returns the types of the names it defines, in the session's terms. */
    public Map<String, Type> check(Program program, Diagnostics diagnostics) {
        Map<String, Span> later = new HashMap<>();
        for (Stmt s : program.statements()) {
            Name n = s.defines();
            if (n != null) later.putIfAbsent(n.text(), n.span());
        }
        Scope scope = new Scope(session, later);
        Names names = new Names(scope, catalog, diagnostics);
        ExprChecker exprs = new ExprChecker(scope, diagnostics, names);
        Run run = new Run(scope, names, exprs, new PropertyChecker(exprs, names, diagnostics),
                new QueryChecker(exprs, names, diagnostics), diagnostics);
        for (Stmt s : program.statements()) {
            // a cell of 300,000 statements took 6.9 s to check, deaf to an interrupt
            org.gtrace.stdlib.uncertainty.CancelledException.ifInterrupted("checking the cell");
            run.statement(s);
        }
        // a view, not a copy: copying 1,000,000 names took a second
        return java.util.Collections.unmodifiableMap(scope.definedInCell());
    }

    /** The functional units a workload counts itself (its outputs, tokens, seconds of video). */
    static final java.util.List<String> FUNCTIONAL_UNITS = java.util.List.of("output", "outputs", "query", "queries",
            "image", "images", "video", "videos", "prompt", "prompts", "request", "requests", "response", "responses", "clip",
            "clips", "token", "tokens", "second", "seconds");

    /** The state of one check run. */
    private record Run(Scope scope, Names names, ExprChecker exprs, PropertyChecker props, QueryChecker queries,
                       Diagnostics diagnostics) {

        void statement(Stmt s) {
            if (s instanceof Stmt.Workload w) workload(w);
            else if (s instanceof Stmt.Training t) declare(t.name(), t.block(), Owner.TRAINING, "a training run", Type.TRAINING);
            else if (s instanceof Stmt.Region r) region(r);
            else if (s instanceof Stmt.Scenario sc) scenario(sc);
            else if (s instanceof Stmt.Simulate sim) simulate(sim);
            else if (s instanceof Stmt.Shift sh) shift(sh);
            else if (s instanceof Stmt.Assess a) assess(a);
            else if (s instanceof Stmt.Let l) scope.define(l.name(), let(l));
            else if (s instanceof Stmt.Load l) load(l);
            else if (s instanceof Stmt.Set set) setting(set);
            else if (s instanceof Stmt.Expect e) queries.expect(e);
            else if (s instanceof Stmt.Chart c) chart(c);
            else if (s instanceof Stmt.Table t) table(t);
            else if (s instanceof Stmt.Report r) report(r);
            else if (s instanceof Stmt.Explain e) explain(e);
            else if (s instanceof Stmt.Equivalents e) {
                queries.equivalents(e.subject());
                props.block(e.block(), Schemas.of(Owner.EQUIVALENTS), "equivalents");
            }
            else if (s instanceof Stmt.Sci sc) sci(sc);
            else if (s instanceof Stmt.Ask a) queries.query(a.query());
            else if (s instanceof Stmt.Show sh) exprs.type(sh.value());
        }

        private void workload(Stmt.Workload w) {
            if (w.modality() != null) names.domainWord(Domain.MODALITY, w.modality().text(), w.modality().span());
            props.block(w.block(), Schemas.of(Owner.WORKLOAD), "a workload");
            if (w.modality() != null) presetModality(w);
            if (allKnown(w.block(), Owner.WORKLOAD)) Requirements.workload(w, diagnostics);
            scope.define(w.name(), Type.WORKLOAD);
        }

        private void declare(Name name, Block block, Owner owner, String what, Type type) {
            props.block(block, Schemas.of(owner), what);
            if (owner == Owner.TRAINING && allKnown(block, owner)) Requirements.training(name, block, diagnostics);
            scope.define(name, type);
        }

        private void region(Stmt.Region r) {
            if (r.base() != null) names.region(r.base());
            props.block(r.block(), Schemas.of(Owner.REGION), "a region");
            if (r.base() == null && r.block().get("intensity").isEmpty() && r.block().get("blend").isEmpty()) {
                diagnostics.error(Kind.PROPERTY, r.name().span(), "region '" + r.name().text() + "' needs an intensity",
                        "write region " + r.name().text() + " < intensity 300 g/kWh >, or derive it: region "
                                + r.name().text() + " from FR < basis market >");
            }
            scope.define(r.name(), Type.REGION);
        }

        private void scenario(Stmt.Scenario s) {
            Type base = names.resolveKind(s.base(), "a workload, a training run or a simulation",
                    Type.Tag.WORKLOAD, Type.Tag.TRAINING, Type.Tag.SIMULATION);
            if (base.tag() == Type.Tag.TRAINING) props.block(s.block(), Schemas.of(Owner.TRAINING), "a training run");
            else if (base.tag() == Type.Tag.WORKLOAD) props.block(s.block(), Schemas.of(Owner.WORKLOAD), "a workload");
            else if (base.tag() == Type.Tag.SIMULATION) props.block(s.block(), Schemas.of(Owner.SIMULATE), "a simulation");
            scope.define(s.name(), base.isUnknown() ? Type.UNKNOWN : base);
        }

        private void simulate(Stmt.Simulate s) {
            if (s.base() != null) names.resolveKind(s.base(), "a workload", Type.Tag.WORKLOAD);
            props.block(s.block(), Schemas.of(Owner.SIMULATE), "a simulation");
            if (allKnown(s.block(), Owner.SIMULATE)) Requirements.simulation(s, diagnostics);
            scope.define(s.name(), Type.SIMULATION);
        }

        /** {@code shift flex from tel < grid uk; flexible 30%; window 6 h >}: both names loaded tables. */
        private void shift(Stmt.Shift s) {
            names.resolveKind(s.base(), "a loaded table of metered energy", Type.Tag.TABLE);
            props.block(s.block(), Schemas.of(Owner.SHIFT), "a shift");
            String example = "shift " + s.name().text() + " from " + s.base().text() + " < grid uk; flexible 30%; window 6 h >";
            Optional<Property> grid = s.block().get("grid");
            if (grid.isPresent() && grid.get().items().size() == 1 && grid.get().single() instanceof Expr.Ref r) {
                names.resolveKind(r.name(), "a loaded table of grid intensity", Type.Tag.TABLE);
            } else if (grid.isPresent()) {
                diagnostics.error(Kind.PROPERTY, grid.get().span(), "grid names a loaded table of intensity per region and time",
                        "load it, then name it: load uk from \"grid.csv\"; " + example);
            }
            for (String needed : List.of("grid", "flexible")) {
                if (s.block().get(needed).isEmpty()) {
                    diagnostics.error(Kind.PROPERTY, s.name().span(), "shift '" + s.name().text() + "' needs " + needed, "write " + example);
                }
            }
            boolean regions = s.block().get("across").map(p -> p.single() instanceof Expr.Ref r && r.name().text().equals("regions"))
                    .orElse(false);
            if (!regions && s.block().get("window").isEmpty()) {
                diagnostics.error(Kind.PROPERTY, s.name().span(), "shift '" + s.name().text() + "' needs a window: how long load may wait",
                        "write " + example + ", or move it at once to a cleaner region: across regions");
            }
            scope.define(s.name(), Type.SHIFT);
        }

        private void assess(Stmt.Assess a) {
            names.resolveKind(a.target(), "a workload, a simulation, a loaded table or a shift", Type.Tag.WORKLOAD, Type.Tag.SIMULATION,
                    Type.Tag.TABLE, Type.Tag.SHIFT);
            props.block(a.block(), Schemas.of(Owner.ASSESS), "an assessment");
        }

        /**
         * {@code sci chat per query}: a workload, and a functional unit it counts (an output word,
         * token, second) or a count of the user's own, whose unit word only labels it.
         */
        private void sci(Stmt.Sci s) {
            names.resolveKind(s.target(), "a workload", Type.Tag.WORKLOAD);
            Expr per = s.per();
            if (per instanceof Expr.Ref r && FUNCTIONAL_UNITS.contains(r.name().text())) return;
            if (per instanceof Expr.Number n && n.unit() != null && n.value() > 0) return;
            String fix = "write per query (or output, image, video…), per token, per second, or your own unit with its count:"
                    + " per 130M users";
            if (per instanceof Expr.Ref r) {
                String hint = DidYouMean.hint(r.name().text(), FUNCTIONAL_UNITS);
                diagnostics.error(Kind.NAME, per.span(), "unknown functional unit '" + r.name().text() + "'", hint.isEmpty() ? fix : hint);
            } else {
                diagnostics.error(Kind.TYPE, per.span(), "sci is per a functional unit", fix);
            }
        }

        /** A preset measures one modality's outputs: a video clip's energy is not a text query's. */
        private void presetModality(Stmt.Workload w) {
            w.block().get("preset").ifPresent(p -> {
                if (p.items().size() != 1) return;
                Expr e = p.single();
                String id = e instanceof Expr.Text t ? t.value() : PropertyChecker.flatten(e);
                String modality = w.modality().text();
                names.presetModality(id).filter(m -> !m.equals(modality)).ifPresent(m -> diagnostics.error(Kind.TYPE, e.span(),
                        "'" + id + "' is the energy of one " + m + " output, but '" + w.name().text() + "' is a " + modality
                                + " workload", "use " + (modality.matches("[aeiou].*") ? "an " : "a ") + modality + " preset (listed by"
                                + " %presets " + modality + ", or gtrace presets -m " + modality + "), or declare workload " + m + " "
                                + w.name().text()));
            });
        }

        /** A misspelt property already has its error; a "missing" one on top would only repeat it. */
        private static boolean allKnown(Block block, Owner owner) {
            return block.properties().stream().allMatch(p -> Schemas.of(owner).containsKey(p.name().text()));
        }

        private Type let(Stmt.Let l) {
            Type t = exprs.type(l.value());
            return t.tag() == Type.Tag.UNKNOWN ? Type.VALUE : t;
        }

        private void load(Stmt.Load l) {
            if (l.path().isBlank()) {
                diagnostics.error(Kind.DATA, l.pathSpan(), "the file name is empty", "write load t from \"data/telemetry.csv\"");
            }
            props.block(l.block(), Schemas.of(Owner.LOAD), "load");
            scope.define(l.name(), Type.TABLE);
        }

        private void setting(Stmt.Set s) {
            PropertySpec spec = Schemas.of(Owner.SET).get(s.option().text());
            if (spec == null) {
                diagnostics.error(Kind.NAME, s.option().span(), "unknown setting '" + s.option().text() + "'",
                        ExprChecker.hintOr(DidYouMean.hint(s.option().text(), Schemas.of(Owner.SET).keySet()),
                                "settings: " + String.join(", ", Schemas.of(Owner.SET).keySet())));
                return;
            }
            props.property(s.value(), spec);
        }

        private void chart(Stmt.Chart c) {
            subject(c.subject());
            if (c.style() != null && !ChartStyles.ALL.contains(c.style().text())) {
                diagnostics.error(Kind.NAME, c.style().span(), "unknown chart style '" + c.style().text() + "'",
                        ExprChecker.hintOr(DidYouMean.hint(c.style().text(), ChartStyles.ALL),
                                "styles: " + String.join(", ", ChartStyles.ALL)));
            }
        }

        private void table(Stmt.Table t) {
            subject(t.subject());
            if (t.path() != null) fileName(t.path(), t.pathSpan(), List.of(".csv"), "table " + label(t.subject()) + " to \"by-region.csv\"");
        }

        /** {@code report a, b to "study.html"}: names of results, a file whose extension says the format. */
        private void report(Stmt.Report r) {
            for (Name n : r.targets()) names.resolve(n);
            props.block(r.block(), Schemas.of(Owner.REPORT), "a report");
            if (r.block().get("format").isEmpty()) {
                fileName(r.path(), r.pathSpan(), List.of(".html", ".htm", ".md", ".json"),
                        "report " + r.targets().get(0).text() + " to \"study.html\" (or .md, .json), or say < format markdown >");
            } else if (r.block().get("format").map(f -> f.items().size() == 1 && f.single() instanceof Expr.Ref w
                    && w.name().text().equals("boamps")).orElse(false) && r.targets().size() != 1) {
                diagnostics.error(Kind.PROPERTY, r.targets().get(1).span(), "a BoAmps report describes one task",
                        "report one result: report " + r.targets().get(0).text() + " to \"" + r.targets().get(0).text() + ".boamps.json\" < format boamps >");
            } else if (r.path().isBlank()) {
                diagnostics.error(Kind.DATA, r.pathSpan(), "the file name is empty", "write report " + r.targets().get(0).text() + " to \"study.html\"");
            }
        }

        private void fileName(String path, Span at, List<String> extensions, String example) {
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            if (path.isBlank()) {
                diagnostics.error(Kind.DATA, at, "the file name is empty", "write " + example);
            } else if (extensions.stream().noneMatch(lower::endsWith)) {
                diagnostics.error(Kind.DATA, at, "'" + path + "' does not end in " + String.join(", ", extensions),
                        "the extension says what is written: " + example);
            }
        }

        private static String label(org.gtrace.grammar.ast.Subject s) {
            return s instanceof Expr.Ref r ? r.name().text() : "t";
        }

        /** {@code explain FRA} describes a bundled region; anything else is explained as a value or query. */
        private void explain(Stmt.Explain e) {
            if (e.subject() instanceof Expr.Ref r && scope.lookup(r.name().text()) == null && names.isRegion(r.name().text())) return;
            subject(e.subject());
        }

        private void subject(Subject s) {
            if (s instanceof org.gtrace.grammar.ast.Query q) {
                queries.query(q);
                return;
            }
            Type t = exprs.type((Expr) s);
            if (t.tag() == Type.Tag.CURVE || t.tag() == Type.Tag.COUNT_DISTRIBUTION) return;
            if (t.tag() == Type.Tag.TEXT || t.tag() == Type.Tag.PIXELS) {
                diagnostics.error(Kind.TYPE, s.span(), "nothing to show for " + t.describe(),
                        "give a workload, a training run, a simulation, a table or a quantity");
            }
        }
    }

    /** Dimension helper for callers outside this package (completion, inspection). */
    public static String describe(Dimension d) {
        return d.describe();
    }
}
