package org.gtrace.grammar.runtime;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.report.Report;

/** What a step sees while it runs: the session's bindings and settings, a sink for reports, progress. */
public final class RunContext {

    private final Bindings bindings;
    private final Settings settings;
    private final Progress progress;
    private final ProgramLog program;
    private final List<Report> reports = new ArrayList<>();

    public RunContext(Bindings bindings, Settings settings, Progress progress) {
        this(bindings, settings, progress, new ProgramLog());
    }

    public RunContext(Bindings bindings, Settings settings, Progress progress, ProgramLog program) {
        this.bindings = bindings;
        this.settings = settings;
        this.progress = progress;
        this.program = program;
    }

    /** What the session has run so far, this cell included. */
    public ProgramLog program() {
        return program;
    }

    public Bindings bindings() {
        return bindings;
    }

    public Settings settings() {
        return settings;
    }

    public Progress progress() {
        return progress;
    }

    public void report(Report r) {
        reports.add(r);
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    /** Long loops call this between chunks of work: stops on interrupt or cancel. */
    public void checkCancelled(Span where) {
        if (Thread.currentThread().isInterrupted() || progress.cancelled()) {
            throw new RunError(Kind.INTERRUPTED, where, "interrupted", "the session keeps its state; run the cell again");
        }
    }
}
