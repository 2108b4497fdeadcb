package org.gtrace.kernel.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Manifest;
import org.gtrace.stdlib.report.ModelDocumentation;
import org.gtrace.stdlib.report.Scope2Line;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.StudyReport;

/**
 * A study report as JSON: values in base units (kWh, kg CO2e, L) with their band and standard
 * error, the sources, the assumptions and the manifest, which {@code gtrace run --check-manifest}
 * reads back.
 */
public final class StudyJson {

    /** The version of this layout; a reader refuses a report of a later one. */
    public static final int FORMAT = 1;

    private StudyJson() {}

    public static String render(StudyReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("gtrace_report", FORMAT);
        o.addProperty("title", r.title());
        o.addProperty("created", r.created());
        JsonArray results = new JsonArray();
        for (StudyReport.Section s : r.sections()) results.add(section(s));
        o.add("results", results);
        JsonArray sources = new JsonArray();
        for (Source s : r.sources()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", s.id());
            j.addProperty("title", s.title());
            j.addProperty("year", s.year());
            j.addProperty("licence", s.licence());
            j.addProperty("kind", s.kind());
            j.addProperty("boundary", s.boundary());
            j.addProperty("citation", s.citation());
            sources.add(j);
        }
        o.add("sources", sources);
        JsonArray given = new JsonArray();
        for (StudyReport.Assumption a : r.assumptions()) {
            JsonObject j = new JsonObject();
            j.addProperty("input", a.meaning());
            j.addProperty("value", a.value());
            j.addProperty("where", a.where());
            given.add(j);
        }
        o.add("assumptions", given);
        JsonArray sci = new JsonArray();
        for (org.gtrace.stdlib.report.Report s : r.sci()) sci.add(section(new StudyReport.Section(s.subject(), s, "")));
        if (!r.sci().isEmpty()) o.add("sci", sci);
        JsonArray scope2 = new JsonArray();
        for (Scope2Line l : r.scope2()) {
            JsonObject j = new JsonObject();
            j.addProperty("subject", l.subject());
            j.addProperty("location_based", l.location());
            j.addProperty("market_based", l.market());
            j.addProperty("missing", l.why());
            JsonArray f = new JsonArray();
            l.factors().forEach(f::add);
            j.add("factors", f);
            scope2.add(j);
        }
        o.add("scope2", scope2);
        JsonArray act = new JsonArray();
        for (ModelDocumentation d : r.aiAct()) {
            JsonObject j = new JsonObject();
            j.addProperty("subject", d.subject());
            JsonArray fields = new JsonArray();
            for (ModelDocumentation.Entry e : d.entries()) {
                JsonObject f = new JsonObject();
                f.addProperty("field", e.field());
                f.addProperty("value", e.value());
                f.addProperty("known", e.known());
                f.addProperty("method", e.method());
                fields.add(f);
            }
            j.add("fields", fields);
            act.add(j);
        }
        if (!r.aiAct().isEmpty()) o.add("eu_ai_act", act);
        o.add("manifest", manifest(r.manifest()));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonObject section(StudyReport.Section s) {
        JsonObject j = new JsonObject();
        j.addProperty("name", s.name());
        j.addProperty("title", s.result().title());
        JsonArray metrics = new JsonArray();
        for (Metric m : s.result().metrics()) {
            JsonObject v = new JsonObject();
            v.addProperty("measure", m.key());
            v.addProperty("name", m.name());
            v.addProperty("value", m.value().base());
            if (m.isUncertain()) {
                v.addProperty("p5", m.p5().base());
                v.addProperty("p50", m.p50().base());
                v.addProperty("p95", m.p95().base());
                v.addProperty("se", m.standardError().base());
            }
            metrics.add(v);
        }
        j.add("metrics", metrics);
        JsonArray notes = new JsonArray();
        s.result().notes().forEach(notes::add);
        j.add("notes", notes);
        j.addProperty("derivation", s.derivation());
        return j;
    }

    public static JsonObject manifest(Manifest m) {
        JsonObject j = new JsonObject();
        j.addProperty("tool", m.tool());
        j.addProperty("version", m.build().version());
        j.addProperty("commit", m.build().commit());
        j.addProperty("seed", m.seed());
        j.addProperty("samples", m.samples());
        JsonArray data = new JsonArray();
        for (Manifest.Dataset d : m.datasets()) {
            JsonObject x = new JsonObject();
            x.addProperty("file", d.file());
            x.addProperty("edition", d.edition());
            x.addProperty("sha256", d.sha256());
            x.addProperty("licence", d.licence());
            x.addProperty("used", d.used());
            data.add(x);
        }
        j.add("datasets", data);
        JsonObject p = new JsonObject();
        p.addProperty("origin", m.program().origin());
        p.addProperty("sha256", m.program().sha256());
        p.addProperty("text", m.program().text());
        j.add("program", p);
        JsonArray figures = new JsonArray();
        for (Manifest.Figure f : m.figures()) {
            JsonObject x = new JsonObject();
            x.addProperty("result", f.result());
            x.addProperty("measure", f.measure());
            x.addProperty("value", f.value());
            x.addProperty("unit", f.unit());
            x.addProperty("se", f.standardError());
            x.addProperty("samples", f.samples());
            figures.add(x);
        }
        j.add("figures", figures);
        return j;
    }
}
