package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Accelerators;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The text model against EcoLogits' own code: {@code bench/ecologits/llm_reference.csv} was written
 * by running EcoLogits 0.9.1's {@code compute_llm_impacts} ({@code bench/ecologits/llm_reference.py}).
 */
class TextModelTest {

    private record Row(String config, double total, double active, double tokens, double pue, int gpus, double latencyS,
                       double serverWh, double requestWh, double embodiedG) {}

    private static List<Row> reference() throws IOException {
        Path csv = Path.of("..", "bench", "ecologits", "llm_reference.csv");
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            rows.add(new Row(c[head.indexOf("config")], d(c, head, "total_params_B"), d(c, head, "active_params_B"),
                    d(c, head, "output_tokens"), d(c, head, "pue"), (int) d(c, head, "gpu_count"), d(c, head, "latency_s"),
                    d(c, head, "server_energy_Wh"), d(c, head, "request_energy_Wh"), d(c, head, "embodied_gwp_gCO2e")));
        }
        return rows;
    }

    private static double d(String[] c, List<String> head, String column) {
        return Double.parseDouble(c[head.indexOf(column)]);
    }

    private static TextModel model(Row r) {
        return TextModel.of(Quantity.of(r.tokens(), "tokens"), Quantity.number(r.active() * 1e9))
                .totalParams(Quantity.number(r.total() * 1e9));
    }

    @Test
    void everyConfigurationOfTheReferenceTableIsReproduced() throws IOException {
        List<Row> rows = reference();
        assertTrue(rows.size() >= 40, "reference rows: " + rows.size());
        for (Row r : rows) {
            TextModel m = model(r);
            assertEquals(r.gpus(), m.gpus(), r.config());
            EnergyPerOutput e = m.energy("test");
            assertEquals(EnergyBoundary.SERVER, e.boundary());
            // same equations and constants: agreement to rounding, far inside the 5% asked for
            assertEquals(r.serverWh(), e.kwhPerOutput() * 1000, r.serverWh() * 1e-9, r.config() + " " + r.tokens());
            assertEquals(r.requestWh(), e.kwhPerOutput() * 1000 * r.pue(), r.requestWh() * 1e-9, r.config());
            // the hardware's embodied share by the time held, EcoLogits' GWP embodied term
            assertEquals(r.embodiedG(), m.embodied("test").value().centralBase() * 1000, r.embodiedG() * 1e-9, r.config());
        }
    }

    @Test
    void aWorkloadAddsIdleCapacityAndPueToTheServerEnergy() throws IOException {
        Row dense70 = reference().stream().filter(r -> r.config().equals("dense-70B") && r.tokens() == 500 && r.pue() == 1.2)
                .findFirst().orElseThrow();
        InferenceEstimate same = Workload.text("chat").outputs(Quantity.outputs(1000)).textModel(model(dense70))
                .idleFactor(org.gtrace.stdlib.uncertainty.UncertainQuantity.number(1)).pue(Quantity.number(1.2)).estimate();
        assertEquals(1000 * dense70.requestWh() / 1000, same.energy().base(), 1e-9 * dense70.requestWh());
        InferenceEstimate defaults = Workload.text("chat").outputs(Quantity.outputs(1000)).textModel(model(dense70)).estimate();
        // EcoLogits leaves idle and provisioned capacity out; the default adds Google's measured 1.10 and PUE 1.56
        assertEquals(dense70.serverWh() * 1.10 * 1.56, defaults.energy().base(), 1e-9 * dense70.serverWh());
        Row row = dense70;
        assertEquals(1000 * row.embodiedG() / 1000, defaults.embodiedCo2e().base(), 1e-9 * row.embodiedG(),
                "a thousand outputs carry a thousand embodied shares");
        assertEquals(defaults.embodiedCo2e().base() + defaults.energy().base() * org.gtrace.stdlib.data.CountryGrids.world().intensityGPerKwh() / 1000, defaults.co2e().base(), 1e-9,
                "CO2e is the world grid's operational part plus the embodied part");
        assertTrue(defaults.notes().stream().anyMatch(n -> n.startsWith("CO2e includes")), defaults.notes().toString());
        String text = defaults.energyDerivation().toText();
        assertTrue(text.contains("serving.idle_factor.google2025") && text.contains("text.ecologits.energy_alpha"), text);
    }

    @Test
    void theWeightsSetTheGpuCountAsAPowerOfTwo() {
        Quantity tokens = Quantity.of(500, "tokens");
        assertEquals(16, TextModel.of(tokens, Quantity.number(405e9)).gpus()); // 972 GB / 80 → 13 → 16
        assertEquals(8, TextModel.of(tokens, Quantity.number(405e9)).quantisation(Quantity.number(8)).gpus()); // 486 GB → 7 → 8
        assertEquals(4, TextModel.of(tokens, Quantity.number(70e9)).gpus());
        // 168 GB on 40 GB cards: 5, rounded up to 8
        assertEquals(8, TextModel.of(tokens, Quantity.number(70e9)).accelerator(Accelerators.get("A100 PCIe 40GB")).gpus());
        InputError none = assertThrows(InputError.class, () -> TextModel.of(tokens, Quantity.number(70e9))
                .accelerator(Accelerators.get("H200 SXM")));
        assertTrue(none.getMessage().contains("give gpu_memory"), none.getMessage());
    }

    @Test
    void reasoningTokensAndAMeasuredLatencyEnterTheModel() {
        Quantity tokens = Quantity.of(500, "tokens");
        double plain = TextModel.of(tokens, Quantity.number(8e9)).energy("t").kwhPerOutput();
        double reasoning = TextModel.of(tokens, Quantity.number(8e9))
                .reasoningTokens(org.gtrace.stdlib.uncertainty.UncertainQuantity.of(Quantity.of(1500, "tokens"))).energy("t").kwhPerOutput();
        assertEquals(4 * plain, reasoning, 1e-12 * plain, "2,000 generated tokens cost four times 500");
        double slow = TextModel.of(tokens, Quantity.number(8e9))
                .latency(org.gtrace.stdlib.uncertainty.UncertainQuantity.of(Quantity.of(60, "s"))).energy("t").kwhPerOutput();
        assertTrue(slow > plain, "a minute's latency keeps the server longer than the modelled 22 s");
    }

    @Test
    void totalParametersBelowTheActiveOnesAreRefused() {
        InputError e = assertThrows(InputError.class, () -> TextModel.of(Quantity.of(500, "tokens"), Quantity.number(70e9))
                .totalParams(Quantity.number(8e9)).energy("t"));
        assertTrue(e.getMessage().startsWith("total_params: must be at least the active parameters"), e.getMessage());
    }
}
