package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    /** What nbconvert's "Sanitize HTML" keeps (ReportHtmlTest has the same list). */
    private static final Set<String> KEPT = Set.of("a", "abbr", "acronym", "b", "blockquote", "code", "em", "i",
            "li", "ol", "strong", "ul", "div", "pre", "span", "table", "tr", "td");

    private static final String EXPLAIN = "### CO2e of ghibli = 2,019 tCO2e\n\n`C = E × I`\n\n"
            + "| symbol | value | meaning | source |\n|---|---:|---|---|\n| I | 480.6 g/kWh | grid <intensity> | owid-ember:world |\n\n"
            + "**Sources**\n- World average, 2023 — [Ember](https://ember-energy.org/a?b=1&c=2)\n- one **more** & `x < y`";

    @Test
    void anExplanationInTagsASanitizedExportKeeps() {
        String html = MarkdownHtml.render(EXPLAIN);
        Matcher m = Pattern.compile("</?([a-zA-Z0-9]+)").matcher(html);
        while (m.find()) assertTrue(KEPT.contains(m.group(1)), "<" + m.group(1) + "> would be escaped: " + html);
        assertTrue(html.contains("<div style=\"margin:.6em 0 .2em\"><b>CO2e of ghibli = 2,019 tCO2e</b></div>"), html);
        assertTrue(html.contains("<code>C = E × I</code>"), html);
        assertTrue(html.contains("<tr class=\"head\"><td"), "the first row is the header: " + html);
        assertTrue(html.contains("<b>symbol</b>"), html);
        assertTrue(!html.contains("---"), "the separator row is not a row: " + html);
        assertTrue(html.contains("grid &lt;intensity&gt;"), "text is escaped: " + html);
        assertTrue(html.contains("<li>World average, 2023 — <a href=\"https://ember-energy.org/a?b=1&amp;c=2\">Ember</a></li>"), html);
        assertTrue(html.contains("<li>one <b>more</b> &amp; <code>x &lt; y</code></li>"), html);
    }

    @Test
    void plainLinesOfAParagraphJoin() {
        assertEquals("<div class=\"gtrace-md\" style=\"overflow-wrap:anywhere\"><div style=\"margin:.4em 0\">expect passed ✓ 4,309 MWh</div></div>",
                MarkdownHtml.render("expect passed\n✓ 4,309 MWh"));
    }
}
