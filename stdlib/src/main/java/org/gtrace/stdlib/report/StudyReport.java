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

    /** One result: what a query of it shows, its derivation in Markdown, and what it was declared with (null for a plain value). */
    public record Section(String name, Report result, String derivation, Task task) {
        public Section(String name, Report result, String derivation) {
            this(name, result, derivation, null);
        }
    }

    /**
     * What a declared training run or workload says of itself, for formats that describe a task
     * (BoAmps). Unknown text is "", unknown numbers 0.
     *
     * @param stage          "training" or "inference"
     * @param outputs        outputs served (inference), else 0
     * @param region         the one region it ran in, or ""
     * @param parameters     parameter count (active parameters for inference), or 0
     * @param tokens         training tokens, or 0
     * @param energyReported whether the energy was given (measured or published) rather than estimated
     */
    public record Task(String stage, String modality, double outputs, String region, String accelerator, int count,
                       double parameters, double tokens, boolean energyReported) {}

    /** An input the study gave or assumed: its meaning, value as written, and where it was given. */
    public record Assumption(String meaning, String value, String where) {}
}
