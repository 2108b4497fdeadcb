package org.gtrace.kernel.render;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Report;

/**
 * Turns a Report into the display bundles a notebook shows: the report itself (text/plain and
 * text/html, or text/markdown when it is only an explanation), then one bundle per chart
 * (image/svg+xml with an image/png fallback), then the explanation when it came with numbers.
 */
public final class ReportBundles {

    private ReportBundles() {}

    public static List<Bundle> of(Report r) {
        List<Bundle> out = new ArrayList<>();
        boolean numbers = !r.metrics().isEmpty() || r.table() != null;
        String plain = ReportText.render(r);
        if (numbers || r.markdown() == null) {
            if (numbers || !r.notes().isEmpty() || !r.title().isEmpty()) {
                out.add(new Bundle(Map.of("text/plain", plain, "text/html", ReportHtml.render(r)), Map.of(), null));
            }
        }
        for (ChartSpec c : r.charts()) out.add(chart(c));
        if (r.markdown() != null) {
            String md = MarkdownText.headingsAsBold(numbers || r.title().isEmpty() ? r.markdown() : "#### " + r.title() + "\n\n" + r.markdown());
            out.add(new Bundle(Map.of("text/plain", numbers ? r.markdown() : plain, "text/markdown", md,
                    "text/html", MarkdownHtml.render(md)), Map.of(), null));
        }
        return out;
    }

    public static Bundle chart(ChartSpec c) {
        String svg = ChartRenderer.svg(c);
        String png = Base64.getEncoder().encodeToString(ChartRenderer.png(c));
        return new Bundle(Map.of("image/svg+xml", svg, "image/png", png, "text/plain", "[chart] " + c.title()),
                Map.of("image/png", Map.of("width", ChartRenderer.WIDTH, "height", ChartRenderer.HEIGHT, "alt", ChartRenderer.altText(c)),
                        "image/svg+xml", Map.of("alt", ChartRenderer.altText(c))), null);
    }
}
