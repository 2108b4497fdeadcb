package org.gtrace.grammar;

import static org.gtrace.grammar.Programs.error;
import static org.gtrace.grammar.Programs.last;
import static org.gtrace.grammar.Programs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** The Software Carbon Intensity, SCI = ((E × I) + M) / R (ISO/IEC 21031), per functional unit (issue 13). */
class SciTest {

    private static final String CHAT = "workload text chat < queries 1M; output_tokens 500; active_params 70B; region FRA >\n";

    private static double sci(String program) {
        return metric(last(program), "sci_kg_per_unit").value().base();
    }

    @Test
    void perQueryIsOperationalLocationBasedPlusEmbodiedOverTheQueries() {
        Report emissions = last(CHAT + "emissions chat");
        double co2e = metric(emissions, "co2e_kg").value().base();
        assertEquals(co2e / 1e6, sci(CHAT + "sci chat per query"), 1e-15);
        assertEquals(co2e / 1e6, sci(CHAT + "sci chat per output"), 1e-15);
        // EcoLogits' embodied share (0.0252 g per reply) is M
        String derivation = metric(last(CHAT + "sci chat per query"), "sci_kg_per_unit").derivation().toText();
        assertTrue(derivation.contains("SCI = (E × I + M) / R") && derivation.contains("embodied CO2e of the hardware"), derivation);
    }

    @Test
    void perTokenPerSecondAndPerAUnitOfTheUsersOwn() {
        double perQuery = sci(CHAT + "sci chat per query");
        assertEquals(perQuery / 500, sci(CHAT + "sci chat per token"), 1e-15);
        assertEquals(perQuery * 1e6 / 50_000, sci(CHAT + "sci chat per 50K users"), 1e-12);
        String clips = "workload video clips < footage 5000 s; length 5 s; energy 100 Wh; region FRA >\n";
        assertEquals(sci(clips + "sci clips per video") / 5, sci(clips + "sci clips per second"), 1e-15);
        assertTrue(last(CHAT + "sci chat per 50K users").title().equals("SCI of chat per user (R = 50,000 users)"));
    }

    @Test
    void aMarketBasedGridAndAnUnknownUnitAreRefused() {
        Diagnostic market = error("region supplier < intensity 30 g/kWh; basis market >\n"
                + "workload w < queries 1M; energy 1 Wh; region supplier >\nsci w per query");
        assertTrue(market.message().startsWith("basis: SCI needs a location-based intensity (ISO/IEC 21031)"), market.message());
        assertEquals(3, market.span().line());
        Diagnostic unit = error(CHAT + "sci chat per querys");
        assertEquals("unknown functional unit 'querys'", unit.message());
        assertTrue(unit.hint().contains("query"), unit.hint());
        Diagnostic tokens = error("workload w < queries 1M; energy 1 Wh >\nsci w per token");
        assertTrue(tokens.message().contains("per token needs the tokens each output generates"), tokens.message());
    }
}
