package org.gtrace.kernel.render;

import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Manifest;
import org.gtrace.stdlib.report.ModelDocumentation;
import org.gtrace.stdlib.report.Scope2Line;
import org.gtrace.stdlib.report.StudyReport;

/**
 * A study report as one self-contained HTML page: no scripts, no links to fetch, charts as
 * inline SVG, and a print style so a browser's "Print to PDF" gives the filed copy.
 */
public final class StudyHtml {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45}h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #999}h3{margin-top:1.3em}"
            + "table.list{border-collapse:collapse}table.list td,table.list th{padding:.2em .6em;border-bottom:1px solid #ccc;"
            + "text-align:left;vertical-align:top;overflow-wrap:anywhere}pre{white-space:pre-wrap;background:#f4f4f4;padding:.6em;font-size:.85em}"
            + "svg{max-width:100%;height:auto}@media print{section.result{break-inside:avoid}pre{font-size:.75em}}";

    private StudyHtml() {}

    public static String render(StudyReport r) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(r.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>").append(Html.escape(r.title())).append("</h1>\n")
                .append("<p>Made ").append(Html.escape(r.created())).append(" by ").append(Html.escape(r.manifest().tool())).append(' ')
                .append(Html.escape(r.manifest().build().version())).append(" (commit ").append(Html.escape(r.manifest().build().commit()))
                .append(").</p>\n<h2 id=\"results\">Results</h2>\n");
        for (StudyReport.Section s : r.sections()) section(s, b);
        if (!r.sci().isEmpty()) {
            b.append("<h2 id=\"sci\">Software Carbon Intensity (ISO/IEC 21031)</h2>\n");
            for (org.gtrace.stdlib.report.Report s : r.sci()) b.append(ReportHtml.render(s)).append('\n');
        }
        scope2(r, b);
        aiAct(r, b);
        sources(r, b);
        assumptions(r, b);
        manifest(r.manifest(), b);
        return b.append("</body></html>\n").toString();
    }

    private static void section(StudyReport.Section s, StringBuilder b) {
        b.append("<section class=\"result\" id=\"result-").append(Html.escape(s.name())).append("\"><h3>").append(Html.escape(s.name()))
                .append("</h3>\n").append(ReportHtml.render(s.result())).append('\n');
        for (ChartSpec c : s.result().charts()) b.append("<figure>").append(ChartRenderer.svg(c)).append("</figure>\n");
        if (!s.derivation().isBlank()) b.append("<h4>Derivation</h4>\n").append(MarkdownHtml.render(s.derivation())).append('\n');
        b.append("</section>\n");
    }

    private static void scope2(StudyReport r, StringBuilder b) {
        if (r.scope2().isEmpty()) return;
        b.append("<h2 id=\"scope2\">GHG Protocol Scope 2: location- and market-based</h2>\n<table class=\"list\"><tr><th>result</th>"
                + "<th>location-based CO2e</th><th>market-based CO2e</th><th>factors used</th></tr>\n");
        for (Scope2Line l : r.scope2()) {
            b.append("<tr><td>").append(Html.escape(l.subject())).append("</td><td>").append(Html.escape(l.location())).append("</td><td>")
                    .append(Html.escape(l.market())).append(l.why().isEmpty() ? "" : "<br><small>" + Html.escape(l.why()) + "</small>")
                    .append("</td><td><ul>");
            for (String f : l.factors()) b.append("<li>").append(Html.escape(f)).append("</li>");
            b.append("</ul></td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void aiAct(StudyReport r, StringBuilder b) {
        if (r.aiAct().isEmpty()) return;
        b.append("<h2 id=\"eu-ai-act\">EU AI Act: model documentation (Annex XI, energy and compute)</h2>\n");
        for (ModelDocumentation d : r.aiAct()) {
            b.append("<h3>").append(Html.escape(d.subject())).append("</h3>\n<table class=\"list\"><tr><th>field</th><th>value</th><th>how it was obtained</th></tr>\n");
            for (ModelDocumentation.Entry e : d.entries()) {
                b.append("<tr><td>").append(Html.escape(e.field())).append("</td><td>").append(e.known() ? "" : "<i>")
                        .append(Html.escape(e.value())).append(e.known() ? "" : "</i>").append("</td><td>").append(Html.escape(e.method()))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
    }

    private static void sources(StudyReport r, StringBuilder b) {
        b.append("<h2 id=\"sources\">Sources of the defaults</h2>\n");
        if (r.sources().isEmpty()) {
            b.append("<p>None: every input was given by the study.</p>\n");
            return;
        }
        b.append("<table class=\"list\"><tr><th>figure</th><th>year</th><th>licence</th><th>boundary</th><th>source</th></tr>\n");
        for (Source s : r.sources()) {
            b.append("<tr><td>").append(Html.escape(s.title().isEmpty() ? s.id() : s.title())).append("</td><td>")
                    .append(s.year() > 0 ? Integer.toString(s.year()) : "").append("</td><td>").append(Html.escape(s.licence()))
                    .append("</td><td>").append(Html.escape(s.boundary())).append("</td><td>").append(Html.escape(s.citation())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void assumptions(StudyReport r, StringBuilder b) {
        b.append("<h2 id=\"assumptions\">Assumptions: inputs the study gave</h2>\n");
        if (r.assumptions().isEmpty()) {
            b.append("<p>None: every input came from a cited source.</p>\n");
            return;
        }
        b.append("<table class=\"list\"><tr><th>input</th><th>value</th><th>where</th></tr>\n");
        for (StudyReport.Assumption a : r.assumptions()) {
            b.append("<tr><td>").append(Html.escape(a.meaning())).append("</td><td>").append(Html.escape(a.value())).append("</td><td>")
                    .append(Html.escape(a.where())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void manifest(Manifest m, StringBuilder b) {
        b.append("<h2 id=\"manifest\">Reproducibility manifest</h2>\n<table class=\"list\">")
                .append(row("tool", m.tool() + " " + m.build().version())).append(row("commit", m.build().commit()))
                .append(row("seed", Long.toString(m.seed()))).append(row("Monte Carlo samples", Integer.toString(m.samples())))
                .append(row("program", m.program().origin())).append(row("program SHA-256", m.program().sha256())).append("</table>\n");
        b.append("<h3>Datasets</h3>\n<table class=\"list\"><tr><th>file</th><th>edition</th><th>used</th><th>SHA-256</th><th>licence</th></tr>\n");
        for (Manifest.Dataset d : m.datasets()) {
            b.append("<tr><td>").append(Html.escape(d.file())).append("</td><td>").append(Html.escape(d.edition())).append("</td><td>")
                    .append(d.used() ? "yes" : "").append("</td><td><code>").append(d.sha256()).append("</code></td><td>")
                    .append(Html.escape(d.licence())).append("</td></tr>\n");
        }
        b.append("</table>\n<h3>Figures</h3>\n<table class=\"list\"><tr><th>result</th><th>measure</th><th>value (base unit)</th>"
                + "<th>Monte Carlo standard error</th><th>samples</th></tr>\n");
        for (Manifest.Figure f : m.figures()) {
            b.append("<tr><td>").append(Html.escape(f.result())).append("</td><td>").append(Html.escape(f.measure())).append("</td><td>")
                    .append(f.value()).append(' ').append(Html.escape(f.unit())).append("</td><td>")
                    .append(f.samples() > 0 ? f.standardError() + " " + Html.escape(f.unit()) : "closed form").append("</td><td>")
                    .append(f.samples() > 0 ? Integer.toString(f.samples()) : "").append("</td></tr>\n");
        }
        b.append("</table>\n<h3>Program</h3>\n<pre>").append(Html.escape(m.program().text())).append("</pre>\n");
    }

    private static String row(String k, String v) {
        return "<tr><th>" + Html.escape(k) + "</th><td>" + Html.escape(v) + "</td></tr>";
    }
}
