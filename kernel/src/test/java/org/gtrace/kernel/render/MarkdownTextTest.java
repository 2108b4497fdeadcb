package org.gtrace.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void marksGoLinksKeepTheirAddressTablesStay() {
        assertEquals("emissions (statement) CO2e of a workload: emissions ghibli",
                MarkdownText.plain("**emissions** (statement) CO2e of a workload: `emissions ghibli`"));
        assertEquals("see the methodology (https://example.org/m) and 2 * 3 kWh",
                MarkdownText.plain("see [the methodology](https://example.org/m) and 2 * 3 kWh"));
        assertEquals("Sources\n| id | value |\n|---|---|", MarkdownText.plain("### Sources\n| id | value |\n|---|---|"));
        assertEquals("an emphasised word", MarkdownText.plain("an *emphasised* word"));
    }

    @Test
    void headingsBecomeBoldLinesSoTheTableOfContentsKeepsOnlyTheNotebooksOwn() {
        assertEquals("**CO2e of ghibli = 2,019 tCO2e**\n\n| I | 480.6 g/kWh |\n**Sources**",
                MarkdownText.headingsAsBold("### CO2e of ghibli = 2,019 tCO2e\n\n| I | 480.6 g/kWh |\n#### Sources"));
        assertEquals("a # that is not a heading", MarkdownText.headingsAsBold("a # that is not a heading"));
    }
}
