package org.gtrace.kernel.dsl;

import java.util.List;
import org.gtrace.stdlib.report.Report;

/** What a cell produced: reports to show, and diagnostics (a cell with errors shows none). */
public record CellResult(List<Report> reports, List<CellDiagnostic> diagnostics) {

    public CellResult {
        reports = List.copyOf(reports);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return !diagnostics.isEmpty();
    }
}
