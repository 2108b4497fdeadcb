package org.gtrace.kernel.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.StudyReport;

/**
 * A study's training runs and workloads as an SPDX 3.0.1 document (JSON-LD), one AI package per
 * result with its {@code energyConsumption}: a training run's whole energy, a workload's energy per
 * inference (SPDX defines inference energy as that of one inference). The tests check it against
 * SPDX's published JSON schema. SPDX's AI profile also asks for a supplier, version, download
 * location and release time, which a study does not know; they are left for the model's owner to
 * add rather than filled with guesses, and the document's comment says so.
 */
public final class SpdxJson {

    static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";

    private SpdxJson() {}

    public static String render(StudyReport r) {
        String ns = "urn:uuid:" + UUID.randomUUID();
        String tool = r.manifest().tool() + " " + r.manifest().build().version();
        JsonArray graph = new JsonArray();
        graph.add(creationInfo(r, ns));
        graph.add(element("SoftwareAgent", ns + "#agent", tool));
        graph.add(element("Tool", ns + "#tool", tool + " (commit " + r.manifest().build().commit() + ")"));
        List<String> packages = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (StudyReport.Section s : r.sections()) {
            Optional<JsonObject> p = aiPackage(s, ns, tool);
            if (p.isPresent()) {
                graph.add(p.get());
                packages.add(ns + "#" + s.name());
            } else {
                leftOut.add(s.name());
            }
        }
        graph.add(document(r, ns, packages, leftOut));
        JsonObject o = new JsonObject();
        o.addProperty("@context", CONTEXT);
        o.add("@graph", graph);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonObject creationInfo(StudyReport r, String ns) {
        JsonObject c = new JsonObject();
        c.addProperty("type", "CreationInfo");
        c.addProperty("@id", "_:creationInfo");
        c.addProperty("specVersion", "3.0.1");
        // SPDX's dateTime has whole seconds and a Z
        c.addProperty("created", Instant.parse(r.created()).truncatedTo(ChronoUnit.SECONDS).toString());
        c.add("createdBy", strings(ns + "#agent"));
        c.add("createdUsing", strings(ns + "#tool"));
        return c;
    }

    private static JsonObject element(String type, String id, String name) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.addProperty("spdxId", id);
        e.addProperty("creationInfo", "_:creationInfo");
        e.addProperty("name", name);
        return e;
    }

    /** A training run's or workload's package; none for a result that is neither (a comparison, a plain value). */
    private static Optional<JsonObject> aiPackage(StudyReport.Section s, String ns, String tool) {
        StudyReport.Task t = s.task();
        Optional<Metric> energy = s.result().metrics().stream().filter(m -> m.measure() == Measure.ENERGY).findFirst();
        if (t == null || energy.isEmpty()) return Optional.empty();
        boolean training = t.stage().equals("training");
        if (!training && t.outputs() <= 0) return Optional.empty();
        double kwh = energy.get().value().base() / (training ? 1 : t.outputs());
        JsonObject p = element("ai_AIPackage", ns + "#" + s.name(), s.name());
        p.addProperty("software_primaryPurpose", "model");
        p.addProperty("comment", comment(s, t, energy.get(), tool));
        JsonObject description = new JsonObject();
        description.addProperty("type", "ai_EnergyConsumptionDescription");
        description.addProperty("ai_energyQuantity", decimal(kwh));
        description.addProperty("ai_energyUnit", "kilowattHour");
        JsonArray stage = new JsonArray();
        stage.add(description);
        JsonObject consumption = new JsonObject();
        consumption.addProperty("type", "ai_EnergyConsumption");
        consumption.add(training ? "ai_trainingEnergyConsumption" : "ai_inferenceEnergyConsumption", stage);
        p.add("ai_energyConsumption", consumption);
        return Optional.of(p);
    }

    private static String comment(StudyReport.Section s, StudyReport.Task t, Metric energy, String tool) {
        String how = t.energyReported() ? "Energy reported by the study (measured or published), through " : "Energy estimated, not measured, by ";
        String what = t.stage().equals("training") ? "the whole training run"
                : "one inference (one output), of " + Math.round(t.outputs()) + " served";
        String band = energy.isUncertain()
                ? "; 90 % interval " + energy.p5().base() + " to " + energy.p95().base() + " kWh in all, mean given" : "";
        String formula = energy.derivation() == null ? "" : "; " + energy.derivation().formula();
        return how + tool + ", for " + what + band + formula + ". " + s.result().title() + ".";
    }

    private static JsonObject document(StudyReport r, String ns, List<String> packages, List<String> leftOut) {
        JsonObject d = element("SpdxDocument", ns + "#document", r.title());
        d.add("profileConformance", strings("core", "software", "ai"));
        JsonArray all = strings(ns + "#agent", ns + "#tool");
        packages.forEach(all::add);
        d.add("element", all);
        d.add("rootElement", packages.isEmpty() ? strings(ns + "#tool") : strings(packages.toArray(String[]::new)));
        String left = leftOut.isEmpty() ? "" : " Not exported, being neither a training run nor a workload with a count of outputs: "
                + String.join(", ", leftOut) + ".";
        d.addProperty("comment", "The energy of each model's training or inference, from a G-TRACE study. The AI profile's supplier, "
                + "version, download location and release time are not known to the study and are left for the model's owner to add."
                + left + " The study's report gives each derivation and source.");
        return d;
    }

    private static JsonArray strings(String... values) {
        JsonArray a = new JsonArray();
        for (String v : values) a.add(v);
        return a;
    }

    /** SPDX's decimal: digits, no exponent, six significant figures. */
    static String decimal(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
