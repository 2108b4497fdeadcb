package org.gtrace.kernel.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.StudyReport;

/**
 * One result as a BoAmps energy report (Boavizta, CC BY 4.0; schemas at commit 3bfefec8, vendored
 * for the tests): the task, its energy as a "measure" whose method says plainly that G-TRACE
 * estimated it (or that the study reported it), the hardware and the grid. BoAmps asks for some
 * fields a study may not know (the infrastructure's type, its components); those say "not known"
 * rather than guess.
 */
public final class BoampsJson {

    private static final String NOT_KNOWN = "not known";

    private BoampsJson() {}

    public static String render(StudyReport r) {
        StudyReport.Section s = r.sections().get(0);
        StudyReport.Task t = s.task() != null ? s.task()
                : new StudyReport.Task("inference", "", 0, "", "", 0, 0, 0, false);
        JsonObject o = new JsonObject();
        o.add("header", header(r));
        o.add("task", task(s, t));
        JsonArray measures = new JsonArray();
        measures.add(measure(r, s, t));
        o.add("measures", measures);
        o.add("infrastructure", infrastructure(t));
        JsonObject env = new JsonObject();
        env.addProperty("country", t.region().isEmpty() ? NOT_KNOWN : t.region());
        intensity(s).ifPresent(g -> env.addProperty("powerSourceCarbonIntensity", g));
        o.add("environment", env);
        quality(s).ifPresent(q -> o.addProperty("quality", q));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonObject header(StudyReport r) {
        JsonObject h = new JsonObject();
        h.addProperty("reportId", UUID.randomUUID().toString());
        h.addProperty("reportDatetime", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(Instant.parse(r.created())));
        h.addProperty("reportStatus", "draft");
        return h;
    }

    private static JsonObject task(StudyReport.Section s, StudyReport.Task t) {
        JsonObject task = new JsonObject();
        task.addProperty("taskStage", t.stage());
        task.addProperty("taskFamily", t.stage().equals("training") ? "model training"
                : (t.modality().isEmpty() ? "generation" : t.modality() + " generation"));
        if (t.outputs() > 0) task.addProperty("nbRequest", t.outputs());
        JsonObject algorithm = new JsonObject();
        algorithm.addProperty("algorithmName", s.name());
        if (t.parameters() > 0) algorithm.addProperty("parametersNumber", t.parameters() / 1e9);
        JsonArray algorithms = new JsonArray();
        algorithms.add(algorithm);
        task.add("algorithms", algorithms);
        JsonObject data = new JsonObject();
        data.addProperty("dataUsage", "input");
        data.addProperty("dataType", t.tokens() > 0 ? "token" : t.stage().equals("inference") ? "text" : "other");
        if (t.tokens() > 0) data.addProperty("dataQuantity", t.tokens());
        JsonArray dataset = new JsonArray();
        dataset.add(data);
        task.add("dataset", dataset);
        task.addProperty("taskDescription", s.result().title() + "; made with the G-TRACE Notebook, whose report gives the derivation and sources");
        return task;
    }

    private static JsonObject measure(StudyReport r, StudyReport.Section s, StudyReport.Task t) {
        JsonObject m = new JsonObject();
        Optional<Metric> energy = metric(s, Measure.ENERGY);
        String how = t.energyReported() ? "reported by the study (measured or published), through " : "estimated, not measured, by ";
        m.addProperty("measurementMethod", how + r.manifest().tool() + " " + r.manifest().build().version()
                + energy.map(e -> e.derivation() == null ? "" : ": " + e.derivation().formula()).orElse(""));
        m.addProperty("powerConsumption", energy.map(e -> e.value().base()).orElse(0.0));
        return m;
    }

    private static JsonObject infrastructure(StudyReport.Task t) {
        JsonObject infra = new JsonObject();
        infra.addProperty("infraType", "other");
        JsonObject c = new JsonObject();
        c.addProperty("componentName", t.accelerator().isEmpty() ? NOT_KNOWN : t.accelerator());
        c.addProperty("componentType", t.accelerator().isEmpty() ? NOT_KNOWN : "gpu");
        // the count is required; 0 says the study gives none, where 1 would be a guess
        c.addProperty("nbComponent", t.count());
        JsonArray components = new JsonArray();
        components.add(c);
        infra.add("components", components);
        return infra;
    }

    private static Optional<Metric> metric(StudyReport.Section s, Measure m) {
        return s.result().metrics().stream().filter(x -> x.measure() == m).findFirst();
    }

    /** The grid the energy met, g/kWh: CO2e over energy (embodied emissions are not counted in the results this is used for). */
    private static Optional<Double> intensity(StudyReport.Section s) {
        Optional<Metric> e = metric(s, Measure.ENERGY), c = metric(s, Measure.CO2E);
        if (e.isEmpty() || c.isEmpty() || e.get().value().base() <= 0) return Optional.empty();
        return Optional.of(c.get().value().base() / e.get().value().base() * 1000);
    }

    /** BoAmps' quality bands (±10, ±25, ±50 %) from the energy's p5-p95 half-width; none for a point value. */
    private static Optional<String> quality(StudyReport.Section s) {
        Optional<Metric> e = metric(s, Measure.ENERGY).filter(Metric::isUncertain);
        if (e.isEmpty() || e.get().value().base() <= 0) return Optional.empty();
        double half = (e.get().p95().base() - e.get().p5().base()) / 2 / e.get().value().base();
        return half <= 0.10 ? Optional.of("high") : half <= 0.25 ? Optional.of("medium") : half <= 0.50 ? Optional.of("low") : Optional.empty();
    }
}
