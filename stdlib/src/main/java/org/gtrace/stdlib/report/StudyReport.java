package org.gtrace.stdlib.report;

import java.util.List;
import org.gtrace.stdlib.provenance.Source;

/**
 * A study as filed: each chosen result with its derivation, the sources of its defaults, the
 * inputs the study assumed rather than took from a source, each workload's SCI when asked for, the GHG Protocol Scope 2 totals
 * (location- and market-based, side by side), the EU AI Act's model documentation
 * when asked for (else empty), and the manifest that reproduces it.
 * Front ends write it as HTML, Markdown or JSON.
 *
 * @param created when it was made, ISO 8601 in UTC
 */
public record StudyReport(String title, String created, List<Section> sections, List<Report> sci, List<Source> sources,
                          List<Assumption> assumptions, List<Scope2Line> scope2, List<ModelDocumentation> aiAct,
                          Manifest manifest) {

    public StudyReport {
        sections = List.copyOf(sections);
        sci = List.copyOf(sci);
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
        scope2 = List.copyOf(scope2);
        aiAct = List.copyOf(aiAct);
    }

    /** One result: what a query of it shows, and its derivation in Markdown. */
    public record Section(String name, Report result, String derivation) {}

    /** An input the study gave or assumed: its meaning, value as written, and where it was given. */
    public record Assumption(String meaning, String value, String where) {}
}
