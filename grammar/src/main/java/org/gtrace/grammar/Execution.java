package org.gtrace.grammar;

import java.util.List;
import java.util.Optional;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Report;

/**
 * What running a cell or file produced: the reports of the statements that ran, in order, and
 * every diagnostic. When there are errors from parsing or checking, nothing ran; a runtime
 * error stops the cell at that statement (the reports before it are kept).
 */
public record Execution(List<Report> reports, List<Diagnostic> diagnostics) {

    public Execution {
        reports = List.copyOf(reports);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean ok() {
        return !hasErrors();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The first error, whose kind names the Jupyter error (SyntaxError, UnitError, …). */
    public Optional<Diagnostic> firstError() {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst();
    }

    /** Every diagnostic in the one text format, separated by blank lines. */
    public String format(String origin, String source) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (b.length() > 0) b.append("\n");
            b.append(d.format(origin, source)).append('\n');
        }
        return b.toString();
    }
}
