package org.gtrace.grammar;

import static org.gtrace.grammar.Programs.error;
import static org.gtrace.grammar.Programs.last;
import static org.gtrace.grammar.Programs.metric;
import static org.gtrace.grammar.Programs.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user met when uncertainty was found by probing the core for power laws, each now drawn
 * through the real estimate (issue 11), and uncertain arithmetic that resampled values (issue 19).
 */
class UncertaintyThroughTheEstimateTest {

    @ParameterizedTest(name = "utilisation {0} .. {1}%")
    @ValueSource(strings = {"70,90", "30,40"})
    void aUtilisationRangeIsDrawnWithinItsBounds(String range) {
        String[] r = range.split(",");
        double lo = Double.parseDouble(r[0]) / 100, hi = Double.parseDouble(r[1]) / 100;
        Report t = last("training t < accelerator \"H100 SXM\"; count 512; duration 10 days; utilisation " + r[0] + "% .. " + r[1]
                + "%; pue 1.1 >\nenergy t");
        // E = 512 × 240 h × 0.7 kW × u × 1.1, u uniform: was "must be between 0% and 100% (got 160%)" from a probe at 2u
        double full = 512 * 240 * 0.7 * 1.1;
        Metric e = metric(t, "energy_kwh");
        assertEquals(full * (lo + hi) / 2, e.value().base(), 0.01 * full * (lo + hi) / 2);
        assertEquals(full * (lo + 0.05 * (hi - lo)), e.p5().base(), 0.03 * full * lo);
        assertEquals(full * (lo + 0.95 * (hi - lo)), e.p95().base(), 0.03 * full * hi);
    }

    @Test
    void anUncertainLifetimeOrParameterCountSpreadsTheResult() {
        // was a flat band "p5 75.69, p50 75.69, p95 75.69" with a tornado drawn anyway
        Report t = last("training t < accelerator \"H100 SXM\"; accelerator_hours 1M h; intensity 400 g/kWh; embodied 150 kg;"
                + " lifetime 3 years .. 5 years >\nemissions t");
        Metric c = metric(t, "co2e_kg");
        double op = 1e6 * 0.7 * 1.56 * 0.4, year = 8760;
        // embodied = 150 kg × 1M h / L, L uniform on 3 .. 5 years: mean 150e6 ln(5/3) / (2 years)
        assertEquals(op + 150e6 * Math.log(5.0 / 3) / (2 * year), c.value().base(), 0.01 * c.value().base());
        assertTrue(c.p95().base() - c.p5().base() > 0.5 * 150e6 / year * (1 / 3.1 - 1 / 4.9), c.toString());
        assertTrue(t.charts().stream().anyMatch(ch -> ch.kind() == ChartSpec.Kind.TORNADO
                && ch.categories().contains("t.lifetime")), "the tornado names the lifetime");
        Report chat = last("workload text chat < queries 1B; output_tokens 500; active_params 30B .. 70B >\nenergy chat");
        Metric e = metric(chat, "energy_kwh");
        assertTrue(e.p95().base() > e.p5().base() * 1.3, "parameters in a range spread the energy: " + e);
    }

    @Test
    void aPointResultDrawsNoTornado() {
        Report r = last("workload image g < images 700M; energy 0.006 kWh >\nemissions g");
        assertFalse(metric(r, "co2e_kg").isUncertain());
        assertTrue(r.charts().stream().noneMatch(c -> c.kind() == ChartSpec.Kind.TORNADO));
    }

    @Test
    void sharesInRangesGiveABand() {
        // was silently a fixed 60/40 split with no band and no note
        Report r = last("workload text w < queries 1B; energy 1 Wh; region NLD 50 .. 70%, SWE 30 .. 50% >\nemissions w");
        Metric c = metric(r, "co2e_kg");
        assertTrue(c.isUncertain() && c.p95().base() > c.p5().base() * 1.05, c.toString());
    }

    @Test
    void aSimulationKeepsTheUncertaintyOfTheModelsEnergy() {
        // was p5–p95 449.9–450 MWh: each image drew its energy, so the model's uncertainty averaged away
        Report r = last("simulate trend < users 1M; days 30; adoption logistic(peak = 10, width = 3); outputs_per_user poisson(5);"
                + " energy 0.002 .. 0.004 kWh; engine aggregate >\nemissions trend");
        Metric n = metric(r, "outputs"), e = metric(r, "energy_kwh");
        double outputs = n.value().base();
        // energy = outputs × e, e uniform 2 .. 4 Wh: as wide as the same range on a workload
        assertEquals(outputs * 0.003, e.value().base(), 0.01 * outputs * 0.003);
        assertEquals(outputs * 0.0021, e.p5().base(), 0.03 * outputs * 0.0021);
        assertEquals(outputs * 0.0039, e.p95().base(), 0.03 * outputs * 0.0039);
    }

    @Test
    void theTableShowsTheSameMeansAsTheHeadline() {
        // was: headline the Monte Carlo mean (2,691 kWh), the region table a point estimate (2,471 kWh)
        Report r = last("workload text w < queries 1M; energy lognormal(2 Wh, 1.8); region FRA 40%, USA 60% >\nemissions w");
        double sum = 0;
        for (int i = 0; i < r.table().rowCount(); i++) sum += r.table().doubleColumn("energy [kWh]").get(i);
        assertEquals(metric(r, "energy_kwh").value().in("kWh"), sum, 1e-6 * sum);
        assertTrue(r.table().name().endsWith("(means)"), r.table().name());
    }

    @Test
    void theStandardErrorIsShownAndDecidesTheDigits() {
        Report r = last("workload image g < images 700M; energy lognormal(0.006 kWh, 1.5) >\nenergy g");
        Metric e = metric(r, "energy_kwh");
        double se = e.standardError().base();
        assertTrue(se > 0 && se < 0.02 * e.value().base(), e.toString());
        // a standard error of tens of MWh leaves the mean rounded to tens of MWh
        String shown = e.format(e.value()).replace(",", "").replace(" MWh", "");
        assertTrue(shown.endsWith("0"), shown + " ± " + se);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Monte Carlo, 20,000 joint draws")), r.notes().toString());
    }

    @Test
    void aSeedFromOutsideWinsOverSetSeedAndSaysSo() {
        Session s = new Session();
        s.seedFromOutside(7);
        Execution x = s.execute("set seed 42\nlet a = 1 .. 2\nlet b = a * (1 .. 2)\nb", "test");
        assertTrue(x.ok());
        assertEquals(7, s.seed());
        assertTrue(x.reports().get(0).title().contains("overridden"), x.reports().get(0).title());
        Session plain = new Session();
        plain.seed(7);
        Report same = plain.execute("let a = 1 .. 2\nlet b = a * (1 .. 2)\nb", "test").reports().get(0);
        assertEquals(same.metrics(), x.reports().get(1).metrics(), "the draws of seed 7");
    }

    /** u0 = 1 kWh ± 10%, u(k) = u(k−1) × (1 ± 1%): mean 1,000 Wh; ln u spreads by the sum of the variances. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aChainOfLetsKeepsItsMeanAndSpread(long seed) {
        StringBuilder p = new StringBuilder("set seed " + seed + "\nlet u0 = 1 kWh ± 10%\n");
        for (int k = 1; k < 100; k++) p.append("let u").append(k).append(" = u").append(k - 1).append(" * (1 ± 1%)\n");
        p.append("u99\n");
        Metric m = last(p.toString()).metrics().get(0);
        double s2 = Math.pow(0.05, 2) + 99 * Math.pow(0.005, 2), s = Math.sqrt(s2);
        assertEquals(1.0, m.value().base(), 0.01);
        assertEquals(Math.exp(-s2 / 2 - 1.6448536 * s), m.p5().base(), 0.03 * m.p5().base());
        assertEquals(Math.exp(-s2 / 2 + 1.6448536 * s), m.p95().base(), 0.03 * m.p95().base());
    }

    @Test
    void anInputUsedTwiceIsTheSameInput() {
        Metric zero = last("let a = 1 kWh .. 3 kWh\na - a").metrics().get(0);
        assertEquals(0, zero.p95().base(), 0.0);
        assertEquals(0, zero.p5().base(), 0.0);
        Metric one = last("let a = 1 kWh .. 3 kWh\na / a").metrics().get(0);
        assertEquals(1, one.p5().base(), 0.0);
        assertEquals(1, one.p95().base(), 0.0);
        // three uses of one input: 3a, uniform 3 .. 9 kWh, not the narrower sum of three independent draws
        Metric three = last("let a = 1 kWh .. 3 kWh\na + a + a").metrics().get(0);
        assertEquals(3.3, three.p5().in("kWh"), 0.05);
        assertEquals(8.7, three.p95().in("kWh"), 0.05);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1 kWh / (-1 .. 1)", "1 kWh / (0 .. 1)", "let d = 0 .. 2\n1 kWh / d"})
    void aDivisorThatCanBeZeroIsRefusedWithTheReason(String program) {
        Diagnostic d = error(program);
        assertEquals(Kind.RANGE, d.kind());
        assertTrue(d.message().contains("no finite mean"), d.message());
        assertTrue(d.hint().contains("excludes zero"), d.hint());
    }

    @Test
    void aPercentageOfZeroIsRefusedWithItsOwnMessage() {
        // was "internal error: IllegalArgumentException … this is a bug in G-TRACE"
        Diagnostic d = error("1 kWh / (0 kWh ± 10%)");
        assertEquals(Kind.RANGE, d.kind());
        assertTrue(d.message().contains("percentage of zero"), d.message());
    }

    @Test
    void aBoundedInputIsCutWhenItsWrittenBandFitsAndRefusedWhenNot() {
        // a lognormal's support starts at 0: a PUE of 1.2 ×/÷ 1.05 was refused as "reaches 0 .. 1.323"
        Metric e = metric(last("workload text w < queries 1B; energy 1 Wh; pue lognormal(1.2, 1.05) >\nenergy w"), "energy_kwh");
        assertEquals(1.2e6 * Math.exp(Math.pow(Math.log(1.05), 2) / 2), e.value().base(), 0.005 * 1.2e6);
        assertTrue(e.p5().base() >= 1e6, "no draw below a PUE of 1: " + e.p5());
        Diagnostic wide = error("workload text w < queries 1B; energy 1 Wh; pue lognormal(1.2, 1.5) >");
        assertTrue(wide.message().contains("0.5333 .. 2.7"), "the ±2σ band, not the support: " + wide.message());
        // the fix is said once, as the hint, not again at the end of the message
        Diagnostic normal = error("workload text w < queries 1B; energy 1 Wh; pue 1.1 ± 15% >");
        assertEquals("pue: the uncertain value reaches 0.935 .. 1.265, below 1, the least allowed", normal.message());
        assertTrue(normal.hint().contains("at least 1"), normal.hint());
    }

    @Test
    void computedValuesSayMonteCarloAndOneInputSaysClosedForm() {
        Report computed = last("let a = 1 kWh .. 3 kWh\nlet b = a * (2 .. 4)\nb");
        assertTrue(computed.notes().stream().anyMatch(n -> n.startsWith("Monte Carlo")), computed.notes().toString());
        assertTrue(computed.notes().stream().noneMatch(n -> n.contains("closed form")), computed.notes().toString());
        Report single = last("let a = 1 kWh .. 3 kWh\na");
        assertTrue(single.notes().stream().anyMatch(n -> n.contains("closed form")), single.notes().toString());
    }

    @Test
    void aResultWhoseMonteCarloErrorIsLargeSaysSo() {
        Report few = last("set samples 100\nlet a = lognormal(1 kWh, 3)\nlet b = a * (1 .. 2)\nb");
        assertTrue(few.notes().stream().anyMatch(n -> n.contains("Monte Carlo error") && n.contains("raise the sample count")),
                few.notes().toString());
        Report many = last("let a = lognormal(1 kWh, 1.2)\nlet b = a * (1 .. 2)\nb");
        assertTrue(many.notes().stream().noneMatch(n -> n.contains("Monte Carlo error")), many.notes().toString());
    }

    @Test
    void correlatedInputsMoveTogether() {
        String base = "workload text w < queries 1B; energy 1 Wh .. 3 Wh; pue 1.1 .. 1.5";
        Metric independent = metric(last(base + " >\nenergy w"), "energy_kwh");
        Metric correlated = metric(last(base + "; correlate energy, pue 90% >\nenergy w"), "energy_kwh");
        // the same marginals; moving together widens the product's band
        assertEquals(independent.value().base(), correlated.value().base(), 0.03 * independent.value().base());
        assertTrue(correlated.p95().base() - correlated.p5().base() > 1.05 * (independent.p95().base() - independent.p5().base()));
        Diagnostic notUncertain = error("workload text w < queries 1B; energy 1 Wh; pue 1.1 .. 1.5; correlate energy, pue 50% >");
        assertTrue(notUncertain.message().contains("not uncertain"), notUncertain.message());
    }

    /** The percentage in "budget … met in N% of … joint draws". */
    private static double budgetOdds(String correlate) {
        Report r = last("workload text w < queries 1B; energy 1 Wh .. 3 Wh; pue 1.1 .. 1.5; intensity 50 g/kWh" + correlate
                + " >\nassess w < budget 0.1 g >");
        String note = r.notes().stream().filter(n -> n.startsWith("budget")).findFirst().orElseThrow(() -> new AssertionError(r.notes()));
        return Double.parseDouble(note.replaceAll(".* met in (\\d+)% .*", "$1"));
    }

    @Test
    void theBudgetOddsDrawTheDeclaredCorrelations() {
        // met when e × PUE ≤ 0.1 g / 50 g/kWh = 2 Wh, e ~ U(1, 3) Wh, PUE ~ U(1.1, 1.5):
        // independent (ln(1.5/1.1) − 0.2) / 0.4 = 27.5%; moving together → 31.5%, apart → 20.5% (u at the boundary)
        assertEquals(27.5, budgetOdds(""), 1.5);
        assertEquals(31, budgetOdds("; correlate energy, pue 95%"), 1.5, "was 27%: the odds drew the inputs independently");
        // a negative rank is written with either minus sign ('pue -95%' once read as the subtraction pue − 95%)
        assertEquals(21, budgetOdds("; correlate energy, pue -95%"), 1.5);
        assertEquals(budgetOdds("; correlate energy, pue -95%"), budgetOdds("; correlate energy, pue −95%"), 0.0);
    }

    @Test
    void whatSetsTheRunIsOneNumberAndAnUncertainOneIsRefusedNotCentred() {
        // these once ran at the centre of the range without a word (users 1.5M), or crashed (set samples)
        String sim = "simulate s < energy 1 Wh; adoption bass(p = 0.05, q = 0.5); outputs_per_user poisson(1); days 10; users u >";
        Diagnostic users = error("let u = 1M .. 2M\n" + sim);
        assertEquals(Kind.INPUT, users.kind());
        assertEquals(2, users.line());
        assertTrue(users.message().startsWith("users: takes one number, not an uncertain value"), users.message());
        Diagnostic samples = error("let n = 1K .. 2K\nset samples n");
        assertEquals(Kind.TYPE, samples.kind(), samples.message());
        Diagnostic parameter = error("let e = lognormal(1 Wh .. 2 Wh, 1.5)");
        assertEquals(Kind.TYPE, parameter.kind());
        assertTrue(parameter.message().startsWith("one number is needed here"), parameter.message());
        assertEquals(19, parameter.column());
        // a point written through a let is still one number
        ok("let u = 1M\n" + sim + "\nemissions s");
    }
}
