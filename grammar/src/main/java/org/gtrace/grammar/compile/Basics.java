package org.gtrace.grammar.compile;

import org.gtrace.grammar.check.Functions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.gtrace.stdlib.telemetry.Dataset;
import org.gtrace.stdlib.telemetry.Engines;
import org.gtrace.stdlib.telemetry.LoadError;
import org.gtrace.stdlib.telemetry.LoadOptions;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Compilers of let, set, load, expect and bare expressions. */
final class Basics {

    private Basics() {}

    static Step let(Stmt.Let l, Services sv) {
        return Steps.of(l.span(), ctx -> Declarations.bind(ctx, l.name(),
                new Evaluator(ctx, sv.estimator()).naming(l.name().text()).eval(l.value())));
    }

    static Step show(Stmt.Show s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            Object v = new Evaluator(ctx, sv.estimator()).naming(Reports.where(s.span())).eval(s.value());
            ctx.report(Reports.ofValue(s.span().line(), label(s.value()), v, sv.estimator(), ctx));
        });
    }

    static Step set(Stmt.Set s, Services sv) {
        return Steps.of(s.span(), ctx -> {
            var spec = Schemas.of(Schemas.Owner.SET).get(s.option().text());
            Object v = PropertyValues.value(s.value(), spec, new Evaluator(ctx, sv.estimator()).naming("set"));
            switch (s.option().text()) {
                case "seed" -> seed(ctx, s, (long) Evaluator.pointValue(v, s.value().span()).base());
                case "samples" -> ctx.settings().samples((int) Evaluator.pointValue(v, s.value().span()).base());
                default -> ctx.settings().put(s.option().text(), v);
            }
        });
    }

    /** {@code set seed N}; a seed given from outside the program wins, and the program is told so. */
    private static void seed(RunContext ctx, Stmt.Set s, long seed) {
        if (ctx.settings().seed(seed)) return;
        ctx.report(Report.text(s.span().line(), "set seed " + seed + " is overridden",
                "The seed given from outside the program (" + ctx.settings().seed() + ", e.g. --seed on the command line) wins"
                        + " over set seed " + seed + "; every draw uses " + ctx.settings().seed() + "."));
    }

    static Step load(Stmt.Load l, Services sv) {
        return Steps.of(l.span(), ctx -> {
            Path path = ctx.settings().baseDirectory().resolve(l.path());
            if (!Files.exists(path)) {
                throw new RunError(Kind.DATA, l.pathSpan(), "cannot find the file \"" + l.path() + "\"",
                        "a relative path starts from the folder of the program (in a notebook, its working directory)");
            }
            if (Files.isDirectory(path)) {
                throw new RunError(Kind.DATA, l.pathSpan(), "\"" + l.path() + "\" is a folder, not a file",
                        "name a CSV file in it: load " + l.name().text() + " from \"" + l.path().replaceAll("/$", "") + "/FILE.csv\"");
            }
            if (!Files.isRegularFile(path)) {
                // reading a device or a pipe could wait for ever or never end (/dev/zero)
                throw new RunError(Kind.DATA, l.pathSpan(), "\"" + l.path() + "\" is not a regular file (a device, a pipe or a"
                        + " socket), so nothing was read", "load reads CSV files; save the data to one and load that");
            }
            char sep = l.block().get("separator").map(p -> p.single() instanceof Expr.Text t && !t.value().isEmpty()
                    ? t.value().charAt(0) : ',').orElse(',');
            String zone = l.block().get("timezone").map(p -> p.single() instanceof Expr.Text t ? t.value() : null).orElse(null);
            String engine = ctx.settings().get("engine").map(String::valueOf).orElse("duckdb");
            if (engine.equals("tablesaw")) {
                Table t = tablesaw(l, path, sep);
                Declarations.bind(ctx, l.name(), t);
                ctx.report(Report.text(l.span().line(), "Loaded " + l.name().text(),
                        t.rowCount() + " rows, columns: " + String.join(", ", t.columnNames())));
                return;
            }
            Dataset d;
            try {
                LoadOptions o = LoadOptions.csv().withSeparator(sep).withTimeZone(zone);
                d = engine.equals("duckdb") ? Dataset.load(l.name().text(), path, o)
                        : Engines.named(engine).load(l.name().text(), path, o, engineSettings(ctx));
            } catch (LoadError e) {
                throw new RunError(Kind.DATA, l.pathSpan(), "\"" + l.path() + "\": " + e.getMessage() + "; nothing was loaded", e.hint());
            }
            Declarations.bind(ctx, l.name(), d);
            ctx.report(Report.text(l.span().line(), "Loaded " + l.name().text(),
                    String.format(java.util.Locale.ROOT, "%,d", d.rowCount()) + " rows, columns: " + String.join(", ", d.columnNames())));
        });
    }

    /** The settings an engine other than DuckDB reads ({@code set spark_master}), as text. */
    private static java.util.Map<String, String> engineSettings(RunContext ctx) {
        return ctx.settings().get("spark_master").map(v -> java.util.Map.of("spark_master", String.valueOf(v))).orElse(java.util.Map.of());
    }

    /** {@code set engine tablesaw}: the whole file checked, then read into the Java heap. */
    private static Table tablesaw(Stmt.Load l, Path path, char sep) {
        String problem;
        try {
            problem = CsvCheck.problem(path, sep);
        } catch (java.io.IOException e) {
            problem = "cannot read the file: " + e.getMessage();
        }
        if (problem != null) {
            throw new RunError(Kind.DATA, l.pathSpan(), "\"" + l.path() + "\": " + problem + "; nothing was loaded", "");
        }
        try {
            return Table.read().csv(CsvReadOptions.builder(new InterruptibleCsvSource(path.toFile())).separator(sep)
                    .commentPrefix('\0').tableName(l.name().text()).build());
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof CancelledException stopped) throw stopped;  // Tablesaw wraps what its reader throws
            }
            throw new RunError(Kind.DATA, l.pathSpan(), "cannot read \"" + l.path() + "\" as CSV: " + e.getMessage(), "");
        }
    }

    static Step expect(Stmt.Expect e, Services sv) {
        return Steps.of(e.span(), ctx -> {
            Evaluator ev = new Evaluator(ctx, sv.estimator()).naming(Reports.where(e.span()));
            Quantity actual = ev.quantity(e.actual());
            Quantity expected = ev.quantity(e.expected());
            double allowed = allowed(e, ev, expected);
            double off = Math.abs(actual.base() - expected.base());
            String got = actual.format();
            if (off > allowed) {
                String pct = expected.base() == 0 ? "" : String.format(java.util.Locale.ROOT, " (off by %.2f%%)",
                        100 * off / Math.abs(expected.base()));
                throw new RunError(Kind.EXPECTATION, e.span(), "expected " + expected.format() + " but got " + got + pct,
                        "check the inputs above, or the expected value");
            }
            ctx.report(Report.text(e.span().line(), "expect passed", "✓ " + got + " matches " + expected.format()));
        });
    }

    private static double allowed(Stmt.Expect e, Evaluator ev, Quantity expected) {
        if (e.tolerance() == null) return 1e-9 * Math.max(1, Math.abs(expected.base()));
        Quantity tol = ev.quantity(e.tolerance());
        boolean relative = e.tolerance() instanceof Expr.Number n && "%".equals(n.unit());
        return relative || tol.isDimensionless() && !expected.isDimensionless()
                ? Math.abs(tol.base() * expected.base()) : Math.abs(tol.base());
    }

    static String label(Expr e) {
        if (e instanceof Expr.Ref r) return r.name().text();
        if (e instanceof Expr.Measure m) return m.target().text();
        if (e instanceof Expr.Call c && c.function().text().equals("figure") && c.arguments().size() == 1) {
            return Functions.figureId(c.arguments().get(0).value());
        }
        return "";
    }

    /** The ids of the published figures an expression uses, in the order written. */
    static java.util.List<String> figures(Expr e) {
        java.util.List<String> out = new java.util.ArrayList<>();
        collectFigures(e, out);
        return out;
    }

    private static void collectFigures(Expr e, java.util.List<String> out) {
        if (e instanceof Expr.Call c) {
            if (c.function().text().equals("figure") && c.arguments().size() == 1) {
                String id = Functions.figureId(c.arguments().get(0).value());
                if (!out.contains(id)) out.add(id);
            } else {
                for (Expr.Argument a : c.arguments()) collectFigures(a.value(), out);
            }
        } else if (e instanceof Expr.Binary b) {
            collectFigures(b.left(), out);
            collectFigures(b.right(), out);
        } else if (e instanceof Expr.Negate n) {
            collectFigures(n.operand(), out);
        } else if (e instanceof Expr.Range r) {
            collectFigures(r.low(), out);
            collectFigures(r.high(), out);
        } else if (e instanceof Expr.Spread s) {
            collectFigures(s.centre(), out);
            collectFigures(s.spread(), out);
        }
    }
}
