package org.gtrace.kernel.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.render.ReportBundles;
import org.gtrace.kernel.render.ReportText;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Report;

/**
 * The three renderings an output golden keeps of a program's results, each as one readable
 * document: a section per result, headed {@code === line N: <the statement's source line>}.
 *
 * <ul>
 *   <li>{@link #TEXT}: {@link ReportText#render} exactly (what {@code gtrace run} prints).</li>
 *   <li>{@link #JSON}: each object {@link JsonResults} gives (what {@code gtrace run --json}
 *       prints on one line), pretty-printed with one key a line so a changed number is one line
 *       of the diff.</li>
 *   <li>{@link #HTML}: what the kernel sends ({@link ReportBundles}): the {@code text/html} of a
 *       report, broken into lines before its rows and blocks (join the lines to get the HTML the
 *       kernel sends, which has none); a chart's SVG left out and its data written instead; the
 *       {@code text/markdown} of an explanation.</li>
 * </ul>
 */
enum GoldenRenderings {
    TEXT("text", (r, b) -> b.append(ReportText.render(r))),
    JSON("json", (r, b) -> JsonResults.of(r).forEach(o -> b.append(pretty(o)).append('\n'))),
    HTML("html", GoldenRenderings::bundles);

    static final String HEADER = "=== ";
    /** The tags before which the HTML baseline breaks a line: rows, tables, headings, notes. */
    private static final String[] BREAK_BEFORE = {"<div class=\"gtrace-title\"", "<table", "<tr", "</table>", "<ul", "<li>",
        "<div class=\"notes\"", "</div>"};

    /** The CLI's objects as they are (JsonObject.toString), one key a line: no HTML escaping. */
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final String suffix;
    private final BiConsumer<Report, StringBuilder> render;

    GoldenRenderings(String suffix, BiConsumer<Report, StringBuilder> render) {
        this.suffix = suffix;
        this.render = render;
    }

    /** "queries.text.baseline" for program "queries". */
    String baselineName(String program) {
        return program + "." + suffix + ".baseline";
    }

    /** The whole document: every report under its header, in order, then any warnings. */
    String document(String source, List<Report> reports, String warnings) {
        StringBuilder b = new StringBuilder();
        List<String> lines = source.lines().toList();
        int previousLine = -1;
        int sameLine = 1;
        for (Report r : reports) {
            sameLine = r.line() == previousLine ? sameLine + 1 : 1;
            previousLine = r.line();
            b.append(HEADER).append(header(r.line(), sameLine, lines)).append('\n');
            render.accept(r, b);
            b.append('\n');
        }
        if (this == TEXT && !warnings.isEmpty()) b.append(HEADER).append("diagnostics\n").append(warnings);
        return b.toString();
    }

    private static String header(int line, int nth, List<String> lines) {
        if (line < 1 || line > lines.size()) return "line " + line;
        return "line " + line + (nth > 1 ? " (result " + nth + ")" : "") + ": " + lines.get(line - 1).strip();
    }

    private static String pretty(JsonObject o) {
        return PRETTY.toJson(o);
    }

    private static void bundles(Report r, StringBuilder b) {
        Iterator<ChartSpec> charts = r.charts().iterator();
        List<Bundle> bundles = ReportBundles.of(r);
        if (bundles.isEmpty()) b.append("(nothing displayed)\n");
        for (Bundle bundle : bundles) {
            Object html = bundle.data().get("text/html");
            if (html != null) b.append("--- text/html\n").append(brokenIntoLines(html.toString())).append('\n');
            if (bundle.data().containsKey("image/svg+xml")) {
                b.append("--- image/svg+xml and image/png left out; the chart's data:\n").append(chart(charts.next()));
            }
            Object md = bundle.data().get("text/markdown");
            if (md != null) b.append("--- text/markdown\n").append(md.toString().strip()).append('\n');
        }
    }

    static String brokenIntoLines(String html) {
        String out = html;
        for (String tag : BREAK_BEFORE) out = out.replace(tag, "\n" + tag);
        return out.strip();
    }

    private static String chart(ChartSpec c) {
        StringBuilder b = new StringBuilder();
        b.append("  ").append(c.kind()).append(" \"").append(c.title()).append("\"; x \"").append(c.xLabel())
                .append("\"; y \"").append(c.yLabel()).append('"');
        if (c.unit() != null && !c.unit().isEmpty()) b.append("; unit ").append(c.unit());
        b.append('\n');
        b.append("  categories: ").append(String.join(" | ", c.categories())).append('\n');
        for (ChartSpec.Series s : c.series()) {
            b.append("  ").append(s.name()).append(": ").append(numbers(s.values())).append('\n');
            if (s.low() != null) b.append("  ").append(s.name()).append(" low: ").append(numbers(s.low())).append('\n');
            if (s.high() != null) b.append("  ").append(s.name()).append(" high: ").append(numbers(s.high())).append('\n');
        }
        if (c.source() != null && !c.source().isEmpty()) b.append("  source: ").append(c.source()).append('\n');
        return b.toString();
    }

    /** Six significant digits: enough to see a changed number, few enough to read. */
    private static String numbers(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString()
                    : String.valueOf(v));
        }
        return String.join(" | ", out);
    }
}
