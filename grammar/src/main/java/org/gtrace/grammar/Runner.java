package org.gtrace.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.check.Catalog;
import org.gtrace.grammar.check.Checker;
import org.gtrace.grammar.check.Type;
import org.gtrace.grammar.compile.Compiler;
import org.gtrace.grammar.compile.Compilers;
import org.gtrace.grammar.compile.Plan;
import org.gtrace.grammar.compile.Services;
import org.gtrace.grammar.compile.Step;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.parse.SourceParser;
import org.gtrace.grammar.runtime.Bindings;
import org.gtrace.grammar.runtime.Progress;
import org.gtrace.grammar.runtime.ProgramLog;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.grammar.runtime.Settings;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.UnitError;

/** One run of the pipeline for a {@link Session}: parse → check → compile → run, errors as diagnostics. */
final class Runner {

    private final Catalog catalog;
    private final Compilers compilers;
    private final Services services;
    private final Bindings bindings;
    private final Settings settings;
    private final ProgramLog program;

    Runner(Catalog catalog, Compilers compilers, Services services, Bindings bindings, Settings settings) {
        this(catalog, compilers, services, bindings, settings, new ProgramLog());
    }

    Runner(Catalog catalog, Compilers compilers, Services services, Bindings bindings, Settings settings, ProgramLog program) {
        this.program = program;
        this.catalog = catalog;
        this.compilers = compilers;
        this.services = services;
        this.bindings = bindings;
        this.settings = settings;
    }

    List<Diagnostic> check(String source) {
        Diagnostics d = new Diagnostics();
        front(source, d);
        return d.sorted();
    }

    /** The checked program, or null when there were errors (they are in {@code d}). */
    private Program front(String source, Diagnostics d) {
        try {
            SourceParser.Parsed parsed = SourceParser.parseAll(source, d);
            if (parsed.program() == null) return null;
            Map<String, Type> types = new HashMap<>(bindings.types());
            // names an unreadable statement declares are known but untyped: no second error for them
            for (String n : parsed.unread()) types.put(n, Type.UNKNOWN);
            new Checker(catalog, types).check(parsed.program(), d);
            return d.hasErrors() || !parsed.complete() ? null : parsed.program();
        } catch (StackOverflowError e) {
            d.error(Kind.SYNTAX, new Span(1, 1, 0, 1), "an expression is too long or too deeply nested to read",
                    "split it into several let statements");
            return null;
        }
    }

    Execution run(String source, String origin, Progress progress) {
        Diagnostics d = new Diagnostics();
        Program p = front(source, d);
        if (p == null) return new Execution(List.of(), d.sorted());
        Plan plan = new Compiler(compilers, services).compile(p);
        program.add(origin, source);
        RunContext ctx = new RunContext(bindings, settings, progress, program);
        List<Diagnostic> out = new ArrayList<>(d.sorted());
        for (Step step : plan.steps()) {
            Diagnostic failure = runStep(step, ctx);
            if (failure != null) {
                out.add(failure);
                break;
            }
        }
        List<Report> reports = ctx.reports();
        return new Execution(reports, out);
    }

    private static Diagnostic runStep(Step step, RunContext ctx) {
        try {
            ctx.checkCancelled(step.span());
            step.run(ctx);
            return null;
        } catch (RunError e) {
            return e.diagnostic();
        } catch (UnknownNameError e) {
            return Diagnostic.error(Kind.NAME, step.span(), e.problem(), e.fix());
        } catch (CancelledException e) {
            return Diagnostic.error(Kind.INTERRUPTED, step.span(), e.getMessage(), "the session keeps its state; run the cell again");
        } catch (InputError e) {
            return Diagnostic.error(Kind.INPUT, step.span(), e.problem(), e.fix());
        } catch (UnitError e) {
            return Diagnostic.error(Kind.UNIT, step.span(), e.getMessage(), "");
        } catch (org.gtrace.stdlib.uncertainty.SampleLimitError e) {
            return Diagnostic.error(Kind.RANGE, step.span(), e.getMessage(), "lower the sample count: set samples 1M");
        } catch (org.gtrace.stdlib.uncertainty.CorrelationError e) {
            return Diagnostic.error(Kind.INPUT, step.span(), e.getMessage(), "write correlate energy, pue 70%");
        } catch (org.gtrace.stdlib.uncertainty.DomainError e) {
            return Diagnostic.error(Kind.RANGE, step.span(), e.getMessage(), "give the value a range that keeps it away from zero");
        } catch (StackOverflowError | OutOfMemoryError e) {
            return Diagnostic.error(Kind.RUNTIME, step.span(), "the statement needs more memory or stack than is available", "");
        } catch (RuntimeException e) {
            return Diagnostic.error(Kind.RUNTIME, step.span(), "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), "this is a bug in G-TRACE; please report it with the cell");
        }
    }
}
