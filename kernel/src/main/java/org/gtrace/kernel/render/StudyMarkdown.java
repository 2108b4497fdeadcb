package org.gtrace.kernel.render;

import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Manifest;
import org.gtrace.stdlib.report.ModelDocumentation;
import org.gtrace.stdlib.report.Scope2Line;
import org.gtrace.stdlib.report.StudyReport;

/** A study report as Markdown, for a repository or a paper's supplement: results as text tables, the rest as lists and tables. */
public final class StudyMarkdown {

    private StudyMarkdown() {}

    public static String render(StudyReport r) {
        Manifest m = r.manifest();
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("# ").append(r.title()).append("\n\nMade ").append(r.created()).append(" by ").append(m.tool()).append(' ')
                .append(m.build().version()).append(" (commit ").append(m.build().commit()).append(").\n\n## Results\n");
        for (StudyReport.Section s : r.sections()) {
            b.append("\n### ").append(s.name()).append("\n\n```text\n").append(ReportText.render(s.result()).strip()).append("\n```\n");
            if (!s.derivation().isBlank()) b.append("\n#### Derivation\n\n").append(s.derivation().replaceAll("(?m)^## ", "##### ")).append('\n');
        }
        if (!r.sci().isEmpty()) b.append("\n## Software Carbon Intensity (ISO/IEC 21031)\n");
        for (org.gtrace.stdlib.report.Report s : r.sci()) b.append("\n```text\n").append(ReportText.render(s).strip()).append("\n```\n");
        if (!r.scope2().isEmpty()) {
            b.append("\n## GHG Protocol Scope 2: location- and market-based\n\n| result | location-based CO2e | market-based CO2e | factors used |\n|---|---|---|---|\n");
        }
        for (Scope2Line l : r.scope2()) {
            b.append("| ").append(cell(l.subject())).append(" | ").append(cell(l.location())).append(" | ").append(cell(l.market()))
                    .append(l.why().isEmpty() ? "" : " (" + cell(l.why()) + ")").append(" | ").append(cell(String.join("; ", l.factors()))).append(" |\n");
        }
        if (!r.aiAct().isEmpty()) b.append("\n## EU AI Act: model documentation (Annex XI, energy and compute)\n");
        for (ModelDocumentation d : r.aiAct()) {
            b.append("\n### ").append(d.subject()).append("\n\n| field | value | how it was obtained |\n|---|---|---|\n");
            for (ModelDocumentation.Entry e : d.entries()) {
                b.append("| ").append(cell(e.field())).append(" | ").append(e.known() ? cell(e.value()) : "*" + e.value() + "*").append(" | ")
                        .append(cell(e.method())).append(" |\n");
            }
        }
        b.append("\n## Sources of the defaults\n\n");
        if (r.sources().isEmpty()) b.append("None: every input was given by the study.\n");
        else b.append("| figure | year | licence | boundary | source |\n|---|---|---|---|---|\n");
        for (Source s : r.sources()) {
            b.append("| ").append(cell(s.title().isEmpty() ? s.id() : s.title())).append(" | ").append(s.year() > 0 ? s.year() : "")
                    .append(" | ").append(cell(s.licence())).append(" | ").append(cell(s.boundary())).append(" | ").append(cell(s.citation())).append(" |\n");
        }
        b.append("\n## Assumptions: inputs the study gave\n\n");
        if (r.assumptions().isEmpty()) b.append("None: every input came from a cited source.\n");
        else b.append("| input | value | where |\n|---|---|---|\n");
        for (StudyReport.Assumption a : r.assumptions()) {
            b.append("| ").append(cell(a.meaning())).append(" | ").append(cell(a.value())).append(" | ").append(cell(a.where())).append(" |\n");
        }
        b.append("\n## Reproducibility manifest\n\n- tool: ").append(m.tool()).append(' ').append(m.build().version())
                .append("\n- commit: ").append(m.build().commit()).append("\n- seed: ").append(m.seed()).append("\n- Monte Carlo samples: ")
                .append(m.samples()).append("\n- program: ").append(m.program().origin()).append(", SHA-256 `").append(m.program().sha256())
                .append("`\n\n| dataset | edition | used | SHA-256 |\n|---|---|---|---|\n");
        for (Manifest.Dataset d : m.datasets()) {
            b.append("| ").append(d.file()).append(" | ").append(d.edition()).append(" | ").append(d.used() ? "yes" : "").append(" | `")
                    .append(d.sha256()).append("` |\n");
        }
        b.append("\n| result | measure | value | standard error | samples |\n|---|---|---|---|---|\n");
        for (Manifest.Figure f : m.figures()) {
            b.append("| ").append(f.result()).append(" | ").append(f.measure()).append(" | ").append(f.value()).append(' ').append(f.unit())
                    .append(" | ").append(f.samples() > 0 ? f.standardError() + " " + f.unit() : "closed form").append(" | ")
                    .append(f.samples() > 0 ? f.samples() : "").append(" |\n");
        }
        return b.append("\n### Program\n\n```\n").append(m.program().text().strip()).append("\n```\n").toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace('\n', ' ');
    }
}
