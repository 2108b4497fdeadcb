package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import java.util.List;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One example program per statement kind, run through the whole pipeline, numbers pinned. */
class StatementExamplesTest {

    /** The world average, kg/kWh: Ember's countries weighted by their generation (RegionTableTest checks it by hand). */
    private static final double WORLD = org.gtrace.stdlib.data.CountryGrids.world().intensityGPerKwh() / 1000;

    private static final String GHIBLI = "workload image ghibli < queries 700M; energy 0.006 kWh >\n";
    private final Session session = new Session();

    private Execution ok(String source) {
        Execution x = session.execute(source, "test");
        assertTrue(x.ok(), () -> x.format("test", source));
        return x;
    }

    private static double metric(Report r, String key) {
        return r.metrics().stream().filter(m -> m.key().equals(key)).findFirst().map(m -> m.value().base())
                .orElseThrow(() -> new AssertionError("no " + key + " in " + r.title()));
    }

    private static Report last(Execution x) {
        return x.reports().get(x.reports().size() - 1);
    }

    /** What an accelerator-only figure is multiplied by: Google's host 1.43 and idle 1.10, then the Uptime PUE 1.56. */
    private static final double ACCELERATOR_LAYERS = 1.43 * 1.10 * 1.56;

    @Test
    void workloadAndEmissions() {
        Report r = last(ok(GHIBLI + "emissions ghibli"));
        assertEquals(4.2e6, metric(r, "energy_kwh"), 1e-6);
        assertEquals(4.2e6 * WORLD, metric(r, "co2e_kg"), 1, "480.6 g/kWh, world 2023");
    }

    @Test
    void energyAndWaterQueriesAsValues() {
        ok(GHIBLI + "let e = energy ghibli\nlet c = emissions ghibli");
        assertEquals(4.2e6, ((Quantity) session.value("e").orElseThrow()).base(), 1e-6);
        assertEquals(4.2e6 * WORLD, ((Quantity) session.value("c").orElseThrow()).base(), 1);
    }

    @Test
    void aPresetIdWithADigitPartNeedsNoQuotes() {
        Report bare = last(ok("workload video clips < videos 2M; preset video.cogvideox.5s_16fps >\nenergy clips"));
        Report quoted = last(ok("workload video clips < videos 2M; preset \"video.cogvideox.5s_16fps\" >\nenergy clips"));
        // 944 Wh/video × 2M videos; its source doubled the GPU energy to stand for the rest, cooling included,
        // so it is a facility figure and nothing is added
        assertEquals(2e6 * 0.944, metric(bare, "energy_kwh"), 1e-6);
        assertEquals(metric(quoted, "energy_kwh"), metric(bare, "energy_kwh"), 0.0);
        assertEquals(metric(quoted, "co2e_kg"), metric(bare, "co2e_kg"), 0.0);
    }

    @Test
    void basisTakesTheKeywordLifecycleAsAValue() {
        Report r = last(ok("region dc < intensity 120 g/kWh; basis market, lifecycle >\n"
                + "workload image h < images 1M; energy 3 Wh; region dc >\nemissions h"));
        assertEquals(360, metric(r, "co2e_kg"), 1e-6, "3,000 kWh × 0.12 kg/kWh");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("market-based, lifecycle")), () -> r.notes().toString());
    }

    @Test
    void scenarioOverridesReplaceTheBasesOtherWayOfGivingTheSameInput() {
        ok("workload image h < images 1M; energy 3 Wh; intensity 400 g/kWh >\n"
                + "scenario turbo from h < preset image.aienergyscore.sdxl_turbo >\n"
                + "scenario fr from h < region FRA >\n"
                + "scenario more from h < rate 2M images/day; period 10 days >");
        Report turbo = last(ok("emissions turbo"));
        // 0.386 Wh/image, GPU only, so the host (1.43), idle capacity (1.10) and PUE (1.56) are added
        assertEquals(1e6 * 0.386e-3 * ACCELERATOR_LAYERS, metric(turbo, "energy_kwh"), 0.01);
        Report fr = last(ok("emissions fr"));
        assertEquals(3000, metric(fr, "energy_kwh"), 1e-9);
        assertTrue(metric(fr, "co2e_kg") < 3000 * 0.1, "France's grid, not the base's 400 g/kWh");
        assertEquals(20e6 * 0.003, metric(last(ok("emissions more")), "energy_kwh"), 1e-6);
    }

    @Test
    void arithmeticBetweenUncertainValuesKeepsTheSpread() {
        ok("let e = lognormal(0.006 kWh, 1.5) * (650M .. 750M) * (1.1 .. 1.3)");
        McResult u = run("e");
        // mean of a lognormal = median × exp(ln(gsd)² / 2): 6 Wh × 1.0857 × 700M × 1.2 = 5,470 MWh
        assertEquals(5.470e6, u.mean(), 5.470e6 * 0.02);
        // the lognormal alone spans median × 1.5^±1.645 = 0.51× .. 1.95×; collapsing it would give ±8%
        assertTrue(u.p5() < 0.55 * 5.04e6 && u.p95() > 1.8 * 5.04e6, u.p5() + " .. " + u.p95());
        ok("let f = (1 .. 3) * (1 .. 3)");
        assertEquals(4.0, run("f").mean(), 0.05, "E[XY] = E[X]E[Y]");
    }

    /** A let-bound uncertain value's statistics over 100,000 joint draws of its inputs. */
    private McResult run(String name) {
        Formula f = ((UncertainQuantity) session.value(name).orElseThrow()).formula();
        return Propagation.of(List.of(f)).run(new MonteCarlo.Settings(100_000, 1, 2), ProgressListener.NONE).of(f);
    }

    @Test
    void imageEnergyScalesFromItsReferenceResolutionAndSteps() {
        // SDXL, 1.64 Wh/image (AI Energy Score, GPU only); 4x the pixels is 4x the tokens, squared at k = 2; half the steps
        Report r = last(ok("workload image hd < images 1M; preset image.aienergyscore.sdxl; pue 1; host_factor 1; idle_factor 1\n"
                + "  reference_resolution 1024x1024; resolution 2048x2048; reference_steps 50; steps 25 >\nemissions hd"));
        assertEquals(1.64e3 * 16 / 2, metric(r, "energy_kwh"), 1e-6);
        Metric energy = r.metrics().get(0);
        String text = energy.derivation().toText();
        assertTrue(text.contains("(px/px_ref)^k") && text.contains("video.scaling.token_exponent"), text);
        Report turbo = last(ok("scenario turbo from hd < steps 4 >\nemissions turbo"));
        assertEquals(1.64e3 * 16 * 4 / 50, metric(turbo, "energy_kwh"), 1e-6, "a scenario overrides one setting, keeps the reference");
    }

    @Test
    void aSimulationTakesTheWorkloadsEnergyAsTheCoreComputesIt() {
        String sim = " < users 1M; days 10; adoption logistic(peak = 5, width = 2); outputs_per_user poisson(1); engine aggregate >";
        // a preset (SDXL, 1.64 Wh, GPU only: host, idle capacity and PUE added), then the same at 4x the pixels (16x the energy)
        ok("workload image sdxl < images 1M; preset image.aienergyscore.sdxl >\nsimulate s1 from sdxl" + sim
                + "\nscenario big from sdxl < reference_resolution 1024x1024; resolution 2048x2048 >\nsimulate s2 from big" + sim);
        Report r1 = last(ok("emissions s1"));
        assertEquals(1.64e-3 * ACCELERATOR_LAYERS, metric(r1, "energy_kwh") / metric(r1, "outputs"), 1e-12, "was 'energy: missing'");
        Report r2 = last(ok("emissions s2"));
        assertEquals(16 * 1.64e-3 * ACCELERATOR_LAYERS, metric(r2, "energy_kwh") / metric(r2, "outputs"), 1e-12);
        // the text model: EcoLogits' server energy for 70B and 500 tokens (bench/ecologits), idle capacity and PUE added
        ok("workload text chat < queries 1M; output_tokens 500; active_params 70B >\nsimulate s3 from chat" + sim);
        Report r3 = last(ok("emissions s3"));
        assertEquals(0.27397041368062686e-3 * 1.10 * 1.56, metric(r3, "energy_kwh") / metric(r3, "outputs"), 1e-12);
    }

    @Test
    void aLifecycleCanServeASimulatedTrend() {
        ok(GHIBLI + "training gpt3 < energy 1287 MWh; intensity 429 g/kWh >\n"
                + "simulate trend from ghibli < users 1M; days 10; adoption logistic(peak = 5, width = 2);"
                + " outputs_per_user poisson(1); engine aggregate >");
        Report sim = last(ok("emissions trend"));
        Report l = last(ok("lifecycle gpt3 with trend"));
        assertEquals(552_123 + metric(sim, "co2e_kg"), metric(l, "co2e_kg"), 1, "training plus the simulated run");
        assertEquals(552_123 / (metric(sim, "co2e_kg") / metric(sim, "outputs")), metric(l, "break_even_outputs"), 1e3);
    }

    @Test
    void aScenarioOfASimulationOverridesItsInputs() {
        ok("workload image sdxl < images 1M; preset image.aienergyscore.sdxl >\n"
                + "simulate trend from sdxl < users 1M; days 10; adoption logistic(peak = 5, width = 2);"
                + " outputs_per_user poisson(1); engine aggregate >\nscenario twice from trend < users 2M >");
        Report one = last(ok("emissions trend"));
        Report two = last(ok("emissions twice"));
        assertEquals(2 * metric(one, "outputs"), metric(two, "outputs"), metric(one, "outputs") * 0.01, "twice the users");
        assertEquals(1.64e-3 * ACCELERATOR_LAYERS, metric(two, "energy_kwh") / metric(two, "outputs"), 1e-12,
                "the workload's preset and its added layers reach through the scenario");
    }

    @Test
    void aSimulationCanBeAssessed() {
        ok(GHIBLI + "simulate trend from ghibli < users 1M; days 10; adoption logistic(peak = 5, width = 2);"
                + " outputs_per_user poisson(1); engine aggregate; region FRA >");
        Report sim = last(ok("emissions trend"));
        Report a = last(ok("assess trend < budget 2 g/output; telemetry; regions_known >"));
        assertEquals(metric(sim, "energy_kwh"), metric(a, "energy_kwh"), 1e-9, "the simulated volume and energy");
        assertEquals(metric(sim, "co2e_kg"), metric(a, "co2e_kg"), 1e-6);
        assertTrue(a.title().startsWith("Pyramid assessment of trend"), a.title());
    }

    @Test
    void videoEnergyIsQuadraticInFrames() {
        // CogVideoX, 944 Wh per 5 s clip at 16 fps; 10 s at 24 fps is 3x the frames, 9x the energy
        ok("workload video clips < videos 1K; preset \"video.cogvideox.5s_16fps\"; pue 1\n"
                + "  reference_length 5 s; reference_fps 16; length 10 s; fps 24 >");
        assertEquals(944.0 * 9, metric(last(ok("energy clips")), "energy_kwh"), 1e-6);
        // length both counts the videos in footage and scales each: 10K s / 10 s = 1K videos of 4x the reference
        ok("workload video reel < footage 10K s; length 10 s; reference_length 5 s; preset \"video.cogvideox.5s_16fps\"; pue 1 >");
        assertEquals(944.0 * 4, metric(last(ok("energy reel")), "energy_kwh"), 1e-6);
    }

    @Test
    void anUncertainVideoLengthIsPropagatedAsASquare() {
        ok("set seed 7\nworkload video u < videos 1K; preset \"video.cogvideox.5s_16fps\"; pue 1; reference_length 5 s; length 8 .. 12 s >");
        Metric m = last(ok("energy u")).metrics().get(0);
        // E[L²] for L ~ U(8 s, 12 s) is 100 + 16/12 = 101.33 s²: 944 Wh × 101.33 / 25 × 1K = 3,826 kWh
        assertEquals(3826.3, m.value().base(), 3826.3 * 0.01);
        assertTrue(m.isUncertain());
        // the ends map through the square: 944 × (8.2/5)² .. 944 × (11.8/5)² for p5 .. p95
        assertEquals(944 * Math.pow(8.2 / 5, 2), m.p5().base(), 944 * Math.pow(8.2 / 5, 2) * 0.02);
        assertEquals(944 * Math.pow(11.8 / 5, 2), m.p95().base(), 944 * Math.pow(11.8 / 5, 2) * 0.02);
    }

    @Test
    void severalThingsChartWhatWasAskedFor() {
        ok(GHIBLI + "workload image hd < images 1M; energy 3 Wh; pue 1 >");
        assertEquals("energy (MWh)", last(ok("energy ghibli, hd")).charts().get(0).yLabel());
        assertEquals("CO2e (tCO2e)", last(ok("emissions ghibli, hd")).charts().get(0).yLabel());
        assertTrue(last(ok("water ghibli, hd")).charts().get(0).yLabel().startsWith("water ("));
    }

    @Test
    void compareInAUnit() {
        Report r = last(ok(GHIBLI + "scenario fr from ghibli < region FRA >\ncompare ghibli, fr in kgCO2e"));
        assertEquals("CO2e [kgCO2e]", r.table().column(2).name());
        assertEquals(4.2e6 * WORLD, r.table().doubleColumn(2).getDouble(0), 1);
        assertEquals("energy [MWh]", r.table().column(1).name(), "other columns keep their own unit");
    }

    @Test
    void explainingAComparisonExplainsEachRow() {
        Report r = last(ok(GHIBLI + "scenario fr from ghibli < region FRA >\nexplain compare ghibli, fr"));
        String md = r.markdown();
        assertTrue(md.contains("## scenario ghibli") && md.contains("## scenario fr"), md);
        assertTrue(md.contains("grid intensity of world") && md.contains("France"), "each row's own grid: " + md);
        Report across = last(ok("explain emissions ghibli across FRA, USA"));
        assertTrue(across.markdown().contains("## region FRA") && across.markdown().contains("## region USA"), across.markdown());
    }

    @Test
    void severalThingsSumByModalityAndByPhase() {
        ok(GHIBLI + "workload image hd < images 1M; energy 3 Wh; pue 1 >\n"
                + "workload text chat < queries 1B; energy 0.3 Wh; pue 1 >\n"
                + "training gpt3 < energy 1287 MWh; intensity 429 g/kWh >");
        Report m = last(ok("emissions ghibli, chat, hd, gpt3 by modality"));
        assertEquals("[image, text, training]", m.table().stringColumn(0).asList().toString());
        // image: 4,200 MWh (ghibli) + 3 MWh (hd); text: 300 MWh; training: 1,287 MWh
        assertEquals(4203, m.table().doubleColumn(1).getDouble(0), 1e-9);
        assertEquals(300, m.table().doubleColumn(1).getDouble(1), 1e-9);
        assertEquals("energy [MWh]", m.table().column(1).name());
        assertTrue(m.notes().contains("image: ghibli, hd"), () -> m.notes().toString());
        Report p = last(ok("emissions ghibli, chat, hd, gpt3 by phase"));
        assertEquals("[inference, training]", p.table().stringColumn(0).asList().toString());
        assertEquals(4503, p.table().doubleColumn(1).getDouble(0), 1e-9);
        assertEquals(552.1, p.table().doubleColumn(2).getDouble(1), 0.1, "1,287 MWh × 429 g/kWh");
        Report one = last(ok("emissions ghibli, hd by modality"));
        Metric energy = one.metrics().get(0);
        assertEquals(4.203e6, energy.value().base(), 1e-6, "one group: its sums are the headline");
        assertEquals(2, energy.derivation().inputs().size(), "the sum is explained by its parts");
    }

    @Test
    void trainingFromReportedEnergyGpt3() {
        Report r = last(ok("training gpt3 < energy 1287 MWh; intensity 429 g/kWh >\nemissions gpt3"));
        assertEquals(552_123, metric(r, "co2e_kg"), 552_123 * 0.001, "1,287 MWh × 0.429 kg/kWh = 552 t");
    }

    @Test
    void anUncertainTrainingRunHasItsSpreadAndSoDoesItsLifecycle() {
        Report t = last(ok("set seed 3\ntraining t < energy 1000 .. 1500 MWh; intensity 400 .. 500 g/kWh >\nemissions t"));
        Metric co2e = t.metrics().stream().filter(m -> m.key().equals("co2e_kg")).findFirst().orElseThrow();
        // E[E × I] = 1,250 MWh × 450 g/kWh = 562.5 t for independent inputs
        assertEquals(562_500, co2e.value().base(), 562_500 * 0.01);
        assertTrue(co2e.isUncertain() && co2e.p5().base() < 470_000 && co2e.p95().base() > 660_000, co2e.toString());
        Report l = last(ok("workload text w < queries 1B; energy 0.3 Wh >\nlifecycle t with w"));
        Metric total = l.metrics().stream().filter(m -> m.key().equals("co2e_kg")).findFirst().orElseThrow();
        // the training run's uncertainty reaches the lifecycle total (it used to enter at its means): 562.5 t + 300 MWh × 480.6 g/kWh
        assertEquals(562_500 + 300_000 * WORLD, total.value().base(), 562_500 * 0.01);
        assertTrue(total.isUncertain() && total.p95().base() - total.p5().base() > 150_000, total.toString());
    }

    @Test
    void trainingFromAcceleratorHoursBloom() {
        Report r = last(ok("training bloom < accelerator \"A100 SXM4 80 GB\"; accelerator_hours 1082990 h; pue 1; "
                + "intensity 57 g/kWh >\nemissions bloom"));
        assertEquals(433_196, metric(r, "energy_kwh"), 433_196 * 0.01, "1,082,990 A100-h × 400 W");
        assertEquals(24_692, metric(r, "co2e_kg"), 24_692 * 0.01, "× 57 g/kWh ≈ 24.7 t");
    }

    @Test
    void userRegion() {
        Report r = last(ok("region dc1 < intensity 100 g/kWh >\n"
                + "workload text chat < queries 1M; energy 3 Wh; region dc1 >\nemissions chat"));
        assertEquals(3000 * 0.1, metric(r, "co2e_kg"), 1e-9, "3,000 kWh × 0.1 kg/kWh");
    }

    @Test
    void aBlendedRegionWeighsItsCountriesByGeneration() {
        // EU-27 from the bundled OWID/Ember file, a list continued over lines inside < >
        ok("region eu27 < blend AUT, BEL, BGR, HRV, CYP, CZE, DNK, EST, FIN, FRA, DEU, GRC, HUN, IRL,\n"
                + "                    ITA, LVA, LTU, LUX, MLT, NLD, POL, PRT, ROU, SVK, SVN, ESP, SWE >\n"
                + "region mix < blend FRA 25%, DEU 75% >\n" + GHIBLI);
        Report eu = last(ok("emissions ghibli across eu27"));
        assertEquals(4.2e6 * 0.2438, eu.table().doubleColumn(2).getDouble(0) * 1000, 4.2e6 * 0.0001,
                "243.8 g/kWh, generation-weighted");
        Report fr = last(ok("emissions ghibli across FRA")), de = last(ok("emissions ghibli across DEU"));
        Report mix = last(ok("emissions ghibli across mix"));
        assertEquals(0.25 * fr.table().doubleColumn(2).getDouble(0) + 0.75 * de.table().doubleColumn(2).getDouble(0),
                mix.table().doubleColumn(2).getDouble(0), 1e-9);
        assertTrue(last(ok("explain eu27")).markdown().contains("weighted by yearly electricity generation"));
    }

    @Test
    void aRegionNameWithSpacesIsQuoted() {
        double quoted = metric(last(ok("workload image a < images 1M; energy 3 Wh; region \"United States\" >\nemissions a")), "co2e_kg");
        double iso = metric(last(ok("workload image b < images 1M; energy 3 Wh; region USA >\nemissions b")), "co2e_kg");
        assertEquals(iso, quoted, 1e-9);
    }

    @Test
    void regionSplitByShares() {
        Report r = last(ok("region a < intensity 100 g/kWh >\nregion b < intensity 300 g/kWh >\n"
                + "workload text chat < queries 1M; energy 3 Wh; region a 25%, b 75% >\nemissions chat by region"));
        assertEquals(3000 * (0.25 * 0.1 + 0.75 * 0.3), metric(r, "co2e_kg"), 1e-9);
        assertEquals(2, r.table().rowCount());
    }

    @Test
    void scenarioOverridesTheRegion() {
        Execution x = ok(GHIBLI + "region clean < intensity 50 g/kWh >\nscenario green from ghibli < region clean >\n"
                + "emissions green\ncompare ghibli, green");
        assertEquals(4.2e6 * 0.05, metric(x.reports().get(0), "co2e_kg"), 1e-6);
        Report compare = x.reports().get(1);
        assertEquals(2, compare.table().rowCount());
        assertEquals(1, compare.charts().size(), "a bar chart of CO2e by scenario");
    }

    @Test
    void compareAcrossRegions() {
        Report r = last(ok(GHIBLI + "compare ghibli across world, FRA, USA"));
        assertEquals(3, r.table().rowCount());
        assertEquals("world", r.table().column(0).getString(0));
        assertEquals(4.2e3 * WORLD, r.table().doubleColumn("CO2e [tCO2e]").get(0), 0.1, "in tCO2e, world average");
    }

    @Test
    void letArithmeticAndShow() {
        Report r = last(ok("let per_image = 0.006 kWh\nlet total = per_image * 700M\ntotal"));
        assertEquals(4.2e6, metric(r, "energy_kwh"), 1e-6);
        assertEquals("total", r.subject());
    }

    @Test
    void uncertainValuesKeepTheirDistribution() {
        ok("let e = 0.004 .. 0.008 kWh\nlet f = 0.006 kWh ± 10%\nlet g = lognormal(0.006 kWh, 1.5)\nlet h = e * 700M");
        UncertainQuantity e = (UncertainQuantity) session.value("e").orElseThrow();
        assertEquals(new Distribution.Uniform(0.004, 0.008), ((Formula.Input) e.formula()).distribution());
        assertEquals(0.006, e.central().base(), 1e-12);
        UncertainQuantity f = (UncertainQuantity) session.value("f").orElseThrow();
        assertEquals("6 Wh ± 10%", f.describe(), "10% of the centre, as written");
        UncertainQuantity h = (UncertainQuantity) session.value("h").orElseThrow();
        assertEquals(4.2e6, h.central().base(), 1e-3, "a range scaled by a count");
        assertEquals(700e6 * 0.0042, run("h").p5(), 700e6 * 0.0042 * 0.02, "its draws are the range's, scaled");
    }

    @Test
    void expectPassesAndFails() {
        ok(GHIBLI + "expect energy ghibli == 4200 MWh ± 1%\nexpect emissions ghibli == 2020 t ± 1%");
        Execution bad = session.execute("expect energy ghibli == 4000 MWh ± 1%", "cell");
        Diagnostic d = bad.firstError().orElseThrow();
        assertEquals(Kind.EXPECTATION, d.kind());
        assertEquals("ExpectationError", d.kind().ename());
        assertTrue(d.message().contains("4,200 MWh"), d.message());
    }

    @Test
    void setSeedAndDefaults() {
        ok("set seed 7\nregion clean < intensity 50 g/kWh >\nset region clean");
        assertEquals(7, session.seed());
        Report r = last(ok(GHIBLI + "emissions ghibli"));
        assertEquals(4.2e6 * 0.05, metric(r, "co2e_kg"), 1e-6, "the default region applies");
    }

    @Test
    void loadCsvAndComputeOverIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.csv"), "server,energy [kWh]\na,1.5\nb,2.5\n");
        session.baseDirectory(dir);
        Execution x = ok("load t from \"t.csv\"\nlet e = sum(t.energy)\ntable t\nlet s = empirical(t.energy)");
        assertEquals(4.0, ((Quantity) session.value("e").orElseThrow()).base(), 1e-12);
        assertEquals(2, last(x).table().rowCount());
        assertEquals(2.0, ((UncertainQuantity) session.value("s").orElseThrow()).central().base(), 1e-12);
    }

    @Test
    void theIntensityMemberIsTheGridTheEnergyMet() {
        ok(GHIBLI + "workload text split < queries 1M; energy 1 Wh; region FRA 50%, USA 50% >\n"
                + "let w = ghibli.intensity\nlet s = split.intensity");
        assertEquals(WORLD, ((Quantity) session.value("w").orElseThrow()).base(), 1e-9, "world 2023: 480.6 g/kWh, in kg/kWh");
        double fr = 0.05604, us = 0.3695;
        assertEquals((fr + us) / 2, ((Quantity) session.value("s").orElseThrow()).base(), 1e-3, "an energy-weighted mean");
    }

    @Test
    void publishedFiguresAreValuesWithTheirSources() {
        ok(GHIBLI + "let paper = figure(case.ghibli.energy)\nlet share = figure(\"case.lifecycle.inference_share\")");
        assertEquals(4.309e6, ((Quantity) session.value("paper").orElseThrow()).base(), 1e-6, "4,309 MWh, in kWh");
        assertEquals(0.78, ((Quantity) session.value("share").orElseThrow()).base(), 1e-12, "a plain number");
        ok("expect energy ghibli == figure(case.ghibli.energy) ± 3%");
        Report r = last(ok("explain figure(case.ghibli.co2) / figure(case.ghibli.energy)"));
        assertTrue(r.markdown().contains("`case.ghibli.co2`") && r.markdown().contains("`case.ghibli.energy`")
                && r.markdown().contains("https://arxiv.org/abs/2511.04776"), r.markdown());
    }

    @Test
    void explainShowsTheFormulaAndSources() {
        Report r = last(ok(GHIBLI + "explain emissions ghibli"));
        assertNotNull(r.markdown());
        assertTrue(r.markdown().contains("E = N × e × PUE"), r.markdown());
        assertTrue(r.markdown().contains("owid-ember:world"), r.markdown());
    }

    @Test
    void explainShowsEachDerivationOnce() {
        String md = last(ok(GHIBLI + "explain emissions ghibli")).markdown();
        assertEquals(1, count(md, "`E = N × e × PUE`"), md);
        assertEquals(1, count(md, "| N | 700,000,000 outputs | outputs | your input |"), md);
        assertEquals(1, count(md, "energy of ghibli = 4,200 MWh, derived above"), "the CO2e section refers back: " + md);
        int energy = md.indexOf("### energy of ghibli = 4,200 MWh");
        int co2e = md.indexOf("### CO2e of ghibli = 2,019 tCO2e");
        int water = md.indexOf("### water of ghibli = 16.42 ML");
        assertTrue(energy >= 0 && energy < co2e && co2e < md.indexOf("derived above") && co2e < water, md);
        assertEquals(1, count(md, "owid-ember:world |"), "the intensity row, once: " + md);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }

    @Test
    void aUnitAfterInIsHowTheMetricIsShownNotWhatItIs() {
        Report r = last(ok(GHIBLI + "emissions ghibli in ktCO2e"));
        Metric co2e = r.metrics().stream().filter(m -> m.key().equals("co2e_kg")).findFirst().orElseThrow();
        assertEquals("ktCO2e", co2e.unitShown().symbol());
        assertEquals(4.2e6 * WORLD, co2e.value().base(), 1, "values stay in base units (kg)");
        assertEquals("2.019 ktCO2e", co2e.format(co2e.value()));
        assertEquals(4.2 * WORLD, r.table().doubleColumn("CO2e [ktCO2e]").get(0), 1e-4, "2,018.6 t = 2.0186 kt");
        Metric energy = r.metrics().stream().filter(m -> m.key().equals("energy_kwh")).findFirst().orElseThrow();
        assertEquals("MWh", energy.unitShown().symbol(), "other dimensions keep their chosen unit");
    }

    @Test
    void explainARegionGivesItsIntensityAndSource() {
        Report r = last(ok("explain FRA"));
        assertEquals("FRA", r.subject());
        assertTrue(r.markdown().contains("France"), r.markdown());
        assertEquals(0.05604, r.metrics().get(0).value().base(), 0.002, "Ember 2023 lifecycle intensity of France, kg/kWh");
    }

    @Test
    void equivalentsOfAWorkload() {
        Report r = last(ok(GHIBLI + "equivalents ghibli"));
        assertFalse(r.metrics().isEmpty());
        assertTrue(r.metrics().stream().map(Metric::key).anyMatch(k -> k.equals("car_km")), r.metrics().toString());
    }

    @Test
    void equivalentsInTheUkSetOrTheUsersOwnFactors() {
        // 4,200 MWh: 4,200,000 kWh / (2,700 kWh / 365) = 567,778 UK household-days (Ofgem's typical value)
        Report uk = last(ok(GHIBLI + "equivalents ghibli < factors uk >"));
        assertEquals(567_777.8, metric(uk, "household_days"), 0.1);
        // the CO2e at the world average over DESNZ's 0.1645 kg per km
        assertEquals(4.2e6 * WORLD / 0.1645, metric(uk, "car_km"), 1);
        // set equivalents chooses the session's set; a factor given replaces only itself
        Report mine = last(ok(GHIBLI + "set equivalents uk\nequivalents ghibli < household 3000 kWh >"));
        assertEquals(4.2e6 / (3000 / 365.0), metric(mine, "household_days"), 0.1);
        assertEquals(4.2e6 * WORLD / 0.1645, metric(mine, "car_km"), 1);
        assertTrue(mine.notes().get(0).startsWith("factors: the UK set, with the factors given here"), mine.notes().toString());
        // US by default, in a session that chose nothing
        Execution fresh = new Session().execute(GHIBLI + "equivalents ghibli", "test");
        assertEquals(4.2e6 / (10_791 / 365.0), metric(last(fresh), "household_days"), 0.1);
    }

    @Test
    void equivalentsRefuseAnUnknownSetAndAFactorOfTheWrongKind() {
        String set = session.execute(GHIBLI + "equivalents ghibli < factors gb >", "test").format("test", "");
        assertTrue(set.contains("'factors' cannot be 'gb'"), set);
        assertTrue(set.contains("use one of us, uk"), set);
        String unit = session.execute(GHIBLI + "equivalents ghibli < car 3 kWh >", "test").format("test", "");
        assertTrue(unit.contains("'car' needs CO2e but got energy"), unit);
        String range = session.execute(GHIBLI + "equivalents ghibli < household 1 .. 2 kWh >", "test").format("test", "");
        assertTrue(range.contains("'household' takes one number, not an uncertain value"), range);
        assertTrue(range.contains("write one number, as in household 2700 kWh"), range);
        Execution zero = session.execute(GHIBLI + "equivalents ghibli < car 0 kg >", "test");
        assertFalse(zero.ok());
        assertTrue(zero.format("test", "").contains("test:2:26: error[input]: car: must be greater than 0 (got 0 kgCO2e)"), zero.format("test", ""));
    }

    @Test
    void lifecycleOfTrainingAndServing() {
        Report r = last(ok("training gpt3 < energy 1287 MWh; intensity 429 g/kWh >\n"
                + "workload text chat < queries 10B; energy 0.3 Wh; intensity 429 g/kWh >\nlifecycle gpt3 with chat"));
        // training 1,287 MWh × 0.429 = 552.1 t; inference 10B × 0.3 Wh = 3,000 MWh × 0.429 = 1,287 t
        assertEquals(552_123 + 1_287_000, metric(r, "co2e_kg"), 1);
        Metric share = r.metrics().stream().filter(m -> m.key().equals("inference_share")).findFirst().orElseThrow();
        assertEquals(1_287_000 / (1_287_000 + 552_123.0), share.value().base(), 1e-9);
        assertEquals("%", share.unitShown().symbol(), "a share reads as a percentage");
        // break-even: 552,123 kg of training over 0.1287 g of inference per output = 4.29B outputs
        assertEquals(552_123 / 1.287e-4, metric(r, "break_even_outputs"), 1e3);
        assertEquals("[training, inference]", r.table().stringColumn(0).asList().toString());
    }

    @Test
    void chartAndTableOfAQuery() {
        Execution x = ok(GHIBLI + "chart compare ghibli across FRA, USA as bar\ntable emissions ghibli by region");
        assertEquals(1, x.reports().get(0).charts().size());
        assertNotNull(x.reports().get(1).table());
    }

    @Test
    void simulationAndAssessmentCheck() {
        String program = GHIBLI + "simulate trend from ghibli < users 130M; days 60; adoption logistic(peak = 10, width = 4);"
                + " outputs_per_user poisson(3); cap 3; capped_share 90%; region USA 60%, IND 40% >\n"
                + "assess ghibli < budget 2 g/output; telemetry; routing 30%; regions_known no >";
        assertTrue(session.check(program, "t").isEmpty(), () -> session.check(program, "t").toString());
    }
}
