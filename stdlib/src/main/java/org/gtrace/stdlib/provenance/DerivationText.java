package org.gtrace.stdlib.provenance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gtrace.stdlib.text.HtmlEscape;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.units.DisplayUnits;

/** Renders a {@link Derivation} as plain text, Markdown or escaped HTML. */
final class DerivationText {

    private DerivationText() {}

    static String text(Derivation d) {
        StringBuilder b = new StringBuilder();
        text(d, "", b);
        List<Source> sources = new ArrayList<>(d.sources());
        sources.removeIf(Source::isUserInput);
        if (!sources.isEmpty()) {
            b.append("sources:\n");
            for (Source s : sources) b.append("  - ").append(s.line()).append('\n');
        }
        return b.toString();
    }

    /** "2,691 kWh", or for a summarised uncertain result "2,691 MWh ± 9.2 MWh (mean; p5 1,790 MWh, p95 3,590 MWh)", in one unit. */
    static String result(Derivation d) {
        McResult r = d.band();
        if (r == null) return d.uncertain() == null ? d.result().format() : d.result().format() + " at the inputs' central values";
        org.gtrace.stdlib.units.Dimension dim = d.result().dimension();
        org.gtrace.stdlib.units.Unit u = DisplayUnits.choose(dim, d.result().base());
        double se = r.standardError();
        java.util.function.BiFunction<Double, Double, String> f = (v, res) -> u == null ? DisplayUnits.number(v, res)
                : DisplayUnits.number(u.fromBase(v), u.fromBase(res)) + " " + u.symbol();
        return f.apply(d.result().base(), se) + " ± " + f.apply(se, se / 10) + " (mean; p5 " + f.apply(r.p5(), se) + ", p95 "
                + f.apply(r.p95(), se) + ")";
    }

    /** An input's value, with how an uncertain one was given. */
    static String value(Derivation.Input i) {
        return i.uncertain() == null ? i.value().format() : i.value().format() + " (" + i.uncertain().describe() + ")";
    }

    private static void text(Derivation d, String indent, StringBuilder b) {
        b.append(indent).append(d.name()).append(" = ").append(result(d)).append('\n');
        b.append(indent).append("  ").append(d.formula()).append('\n');
        for (Derivation.Input i : d.inputs()) {
            b.append(indent).append("    ").append(i.symbol()).append(" = ").append(value(i))
                    .append("  (").append(i.meaning());
            if (i.source() != null) b.append("; ").append(i.source().isUserInput() ? "your input" : i.source().id());
            b.append(")\n");
        }
        for (Derivation s : d.steps()) text(s, indent + "  ", b);
    }

    static String markdown(Derivation d) {
        return markdown(d, new HashSet<>());
    }

    /**
     * Markdown of {@code d} in which any part already in {@code shown} reads as a one-line
     * back-reference; every part written in full is added to {@code shown}. The sources listed are
     * those of the parts written in full.
     */
    static String markdown(Derivation d, Set<Derivation> shown) {
        StringBuilder b = new StringBuilder();
        Set<Source> sources = new LinkedHashSet<>();
        markdown(d, 0, b, shown, sources);
        sources.removeIf(Source::isUserInput);
        if (!sources.isEmpty()) {
            b.append("\n**Sources**\n\n");
            for (Source s : sources) b.append("- ").append(mdEscape(s.line())).append('\n');
        }
        return b.toString();
    }

    private static void markdown(Derivation d, int depth, StringBuilder b, Set<Derivation> shown, Set<Source> sources) {
        String result = mdEscape(d.name()) + " = " + result(d);
        if (shown.contains(d)) {
            b.append(result).append(", derived above\n\n");
            return;
        }
        shown.add(d);
        b.append("#".repeat(Math.min(6, 3 + depth))).append(' ').append(result).append("\n\n");
        b.append("`").append(d.formula().replace("`", "'")).append("`\n\n");
        if (!d.inputs().isEmpty()) {
            b.append("| symbol | value | meaning | source |\n|---|---:|---|---|\n");
            for (Derivation.Input i : d.inputs()) {
                if (i.source() != null) sources.add(i.source());
                b.append("| ").append(mdEscape(i.symbol())).append(" | ").append(mdEscape(value(i))).append(" | ")
                        .append(mdEscape(i.meaning())).append(" | ")
                        .append(i.source() == null ? "" : i.source().isUserInput() ? "your input" : mdEscape(i.source().id()))
                        .append(" |\n");
            }
            b.append('\n');
        }
        for (Derivation s : d.steps()) markdown(s, depth + 1, b, shown, sources);
    }

    static String html(Derivation d) {
        StringBuilder b = new StringBuilder("<div class=\"gtrace-derivation\">");
        html(d, b);
        List<Source> sources = new ArrayList<>(d.sources());
        sources.removeIf(Source::isUserInput);
        if (!sources.isEmpty()) {
            b.append("<p><b>Sources</b></p><ul>");
            for (Source s : sources) b.append("<li>").append(escape(s.line())).append("</li>");
            b.append("</ul>");
        }
        return b.append("</div>").toString();
    }

    private static void html(Derivation d, StringBuilder b) {
        b.append("<p><b>").append(escape(d.name())).append("</b> = ").append(escape(result(d)))
                .append("<br><code>").append(escape(d.formula())).append("</code></p>");
        if (!d.inputs().isEmpty()) {
            b.append("<table><thead><tr><th>symbol</th><th>value</th><th>meaning</th><th>source</th></tr></thead><tbody>");
            for (Derivation.Input i : d.inputs()) {
                b.append("<tr><td>").append(escape(i.symbol())).append("</td><td style=\"text-align:right\">")
                        .append(escape(value(i))).append("</td><td>").append(escape(i.meaning()))
                        .append("</td><td>")
                        .append(i.source() == null ? "" : escape(i.source().isUserInput() ? "your input" : i.source().id()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (!d.steps().isEmpty()) {
            b.append("<div style=\"margin-left:1.5em\">");
            for (Derivation s : d.steps()) html(s, b);
            b.append("</div>");
        }
    }

    static String escape(String s) {
        return HtmlEscape.escape(s);
    }

    private static String mdEscape(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
