package org.gtrace.grammar;

import static org.gtrace.grammar.Programs.error;
import static org.gtrace.grammar.Programs.last;
import static org.gtrace.grammar.Programs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** One Scope 2 basis at a time (issue 13): every bundled grid on the same default, labelled on every row. */
class BasisTest {

    @Test
    void aCountryAndAGoogleRegionAreComparedOnOneBasisLabelled() {
        // put 56 g/kWh (lifecycle) next to 16.3 g/kWh (direct) with no basis column
        Report r = last("workload probe < queries 1M; energy 1 Wh >\ncompare probe across FRA, europe-west9");
        assertEquals(List.of("location-based, lifecycle", "location-based, lifecycle"), r.table().stringColumn("basis").asList());
        assertEquals(r.table().doubleColumn(2).get(0), r.table().doubleColumn(2).get(1), 1e-9, "Paris on France's grid");
    }

    @Test
    void googlesOwnFigureIsUsedOnItsBasisAndAWorldWithoutItIsRefused() {
        Report direct = last("workload probe < queries 1M; energy 1 Wh; region europe-west9; basis direct >\nemissions probe");
        assertEquals(16.3, metric(direct, "co2e_kg").value().base(), 0.05, "Google's 2024 operational figure for Paris");
        Diagnostic d = error("workload probe < queries 1M; energy 1 Wh; basis direct >");
        assertTrue(d.message().contains("no location-based, direct intensity is bundled for region 'world'"), d.message());
        assertTrue(d.hint().startsWith("give the location-based, direct intensity yourself"), d.hint());
    }

    @Test
    void aSplitOverCountriesAndCloudRegionsSumsOneBasis() {
        Report r = last("workload w < queries 1M; energy 1 Wh; region FRA 50%, europe-west9 50% >\nemissions w");
        assertEquals(1000 * 0.05604, metric(r, "co2e_kg").value().base(), 0.01);
        assertTrue(r.table().stringColumn("basis").asList().stream().allMatch(b -> b.equals("location-based, lifecycle")));
    }

    @Test
    void aMarketBasedFactorIsLabelledAsWritten() {
        // a user region declared basis market was relabelled "market-based, lifecycle"
        Report r = last("region supplier < intensity 30 g/kWh; basis market >\n"
                + "workload w < queries 1M; energy 1 Wh; region supplier >\nemissions w");
        assertEquals("market-based", r.table().stringColumn("basis").get(0));
        Report asked = last("region supplier < intensity 30 g/kWh; basis market >\n"
                + "workload w < queries 1M; energy 1 Wh; region supplier; basis market >\nemissions w");
        assertEquals(30, metric(asked, "co2e_kg").value().base(), 1e-9);
    }

    @Test
    void aGeminiPromptCarriesItsHardwareShare() {
        // Google (arXiv 2508.15734, as reported): 0.24 Wh, 0.023 g market-based Scope 2 and 0.010 g hardware and Scope 1
        Report r = last("workload text gemini < prompts 1M; preset text.gemini.median_prompt; intensity 0.023 g / 0.24 Wh;"
                + " basis market; embodied 0.010 g >\nemissions gemini");
        double perPrompt = metric(r, "co2e_kg").value().base() * 1000 / 1e6;
        assertEquals(0.033, perPrompt, 0.033 * 0.10, "within 10% of Google's 0.033 g");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("CO2e includes 10 kgCO2e of the hardware's embodied")), r.notes().toString());
    }

    @Test
    void aMarketBasedResultIsReportedBesideItsLocationBasedOne() {
        Report r = last("region fr_contract from FRA < intensity 10 g/kWh; basis market >\n"
                + "workload w < queries 1M; energy 1 Wh; region fr_contract >\nemissions w");
        assertEquals(10, metric(r, "co2e_kg").value().base(), 1e-9);
        assertEquals(56.04, metric(r, "co2e_location_kg").value().base(), 0.01, "France's grid, location-based");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Scope 2 both ways: market-based 10 kgCO2e, location-based 56.04")),
                r.notes().toString());
        Report lone = last("region supplier < intensity 10 g/kWh; basis market >\n"
                + "workload w < queries 1M; energy 1 Wh; region supplier >\nemissions w");
        assertTrue(lone.notes().stream().anyMatch(n -> n.startsWith("no location-based CO2e beside the market-based one: supplier")),
                lone.notes().toString());
    }
}
