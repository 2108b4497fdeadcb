package org.gtrace.kernel.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.compile.StudyWriter;
import org.gtrace.kernel.render.StudyJson;
import org.gtrace.stdlib.report.StudyReport;

/**
 * {@code gtrace run --check-manifest report.json study.gtrace}: compares the manifest a report
 * recorded with the one a rerun makes, and names what differs: the data (a dataset's checksum),
 * the program, the seed or sample count, the numbers, or (for information) the build.
 */
final class ManifestCheck {

    /** Relative difference under which two figures are the same number printed twice. */
    static final double SAME = 1e-9;

    /** A writer that keeps the reports a rerun makes instead of writing them. */
    static final class Capture implements StudyWriter {
        final List<StudyReport> reports = new ArrayList<>();

        @Override
        public String write(StudyReport report, Format format, java.nio.file.Path path, boolean overwrite) {
            reports.add(report);
            return "not written, compared with the manifest";
        }
    }

    /** The outcome: whether it reproduces, what differs, and what only informs (a different build). */
    record Outcome(boolean reproduces, List<String> differences, List<String> notes, int figures) {}

    private ManifestCheck() {}

    /** A report is a few megabytes at most; a device or an endless file is not read at all. */
    static final long MAX_BYTES = 64L << 20;

    /** The manifest in a JSON report file, or an exception whose message says what is wrong with the file. */
    static JsonObject read(java.nio.file.Path file) {
        if (!java.nio.file.Files.exists(file)) throw new IllegalArgumentException("no such file");
        if (!java.nio.file.Files.isRegularFile(file)) throw new IllegalArgumentException("not a regular file, so nothing was read");
        try {
            if (java.nio.file.Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("over 64 MB, which no G-TRACE report is: name the report's .json file");
            }
            return manifestOf(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The manifest in a report file's JSON, or an exception whose message says what is wrong with it. */
    static JsonObject manifestOf(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("it is not JSON");
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("manifest") || !root.getAsJsonObject().get("manifest").isJsonObject()) {
            throw new IllegalArgumentException("it has no \"manifest\": write the report with report … to \"study.json\"");
        }
        int format = root.getAsJsonObject().has("gtrace_report") ? root.getAsJsonObject().get("gtrace_report").getAsInt() : 0;
        if (format > StudyJson.FORMAT) throw new IllegalArgumentException("it was written by a later G-TRACE (report format " + format + ")");
        return root.getAsJsonObject().getAsJsonObject("manifest");
    }

    static Outcome compare(JsonObject before, JsonObject now) {
        List<String> diff = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String k : List.of("version", "commit")) {
            String a = text(before, k), b = text(now, k);
            if (!a.equals(b)) notes.add(k + ": " + a + " in the report, " + b + " now");
        }
        for (String k : List.of("seed", "samples")) {
            String a = text(before, k), b = text(now, k);
            if (!a.equals(b)) diff.add(k + ": " + a + " in the report, " + b + " now");
        }
        Map<String, String> dataBefore = datasets(before), dataNow = datasets(now);
        for (Map.Entry<String, String> e : dataBefore.entrySet()) {
            String b = dataNow.get(e.getKey());
            if (b == null) diff.add("data: " + e.getKey() + " is no longer bundled");
            else if (!b.equals(e.getValue())) diff.add("data: " + e.getKey() + " has changed (SHA-256 " + abbrev(e.getValue()) + " in the report, " + abbrev(b) + " now)");
        }
        for (String f : dataNow.keySet()) if (!dataBefore.containsKey(f)) notes.add("data: " + f + " is bundled now, and was not then");
        String pa = text(before.getAsJsonObject("program"), "sha256"), pb = text(now.getAsJsonObject("program"), "sha256");
        if (!pa.equals(pb)) diff.add("program: its text has changed (SHA-256 " + abbrev(pa) + " in the report, " + abbrev(pb) + " now)");
        Map<String, double[]> fa = figures(before), fb = figures(now);
        for (Map.Entry<String, double[]> e : fa.entrySet()) {
            double[] b = fb.get(e.getKey());
            if (b == null) {
                diff.add("numbers: " + e.getKey() + " is no longer produced");
            } else if (!same(e.getValue()[0], b[0])) {
                diff.add("numbers: " + e.getKey() + " was " + number(e.getValue()[0]) + ", now " + number(b[0]) + " (" + String.format("%+.3g", (b[0] - e.getValue()[0]) / Math.abs(e.getValue()[0]) * 100) + " %)");
            }
        }
        for (String k : fb.keySet()) if (!fa.containsKey(k)) diff.add("numbers: " + k + " is new");
        return new Outcome(diff.isEmpty(), diff, notes, fa.size());
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.7g", v);
    }

    private static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String abbrev(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private static String text(JsonObject o, String k) {
        return o != null && o.has(k) && !o.get(k).isJsonNull() ? o.get(k).getAsString() : "(none)";
    }

    private static Map<String, String> datasets(JsonObject m) {
        Map<String, String> out = new LinkedHashMap<>();
        if (m.has("datasets")) for (JsonElement e : m.getAsJsonArray("datasets")) out.put(text(e.getAsJsonObject(), "file"), text(e.getAsJsonObject(), "sha256"));
        return out;
    }

    private static Map<String, double[]> figures(JsonObject m) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (!m.has("figures")) return out;
        for (JsonElement e : m.getAsJsonArray("figures")) {
            JsonObject f = e.getAsJsonObject();
            out.put(text(f, "measure") + " of " + text(f, "result"), new double[] {f.get("value").getAsDouble()});
        }
        return out;
    }
}
