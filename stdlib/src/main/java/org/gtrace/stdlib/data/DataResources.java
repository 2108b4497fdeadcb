package org.gtrace.stdlib.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled data files from the classpath. The CSV reader is a small RFC 4180 one
 * (quoted fields, doubled quotes, a leading byte-order mark): the files are small and fixed, and
 * reading every field as text avoids a general reader's type guessing.
 */
public final class DataResources {

    /** Classpath folder of the bundled files. */
    public static final String FOLDER = "/org/gtrace/stdlib/data/";

    private DataResources() {}

    /** The whole file as UTF-8 text, without a byte-order mark. */
    public static String text(String file) {
        try (InputStream in = DataResources.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("bundled data file missing from the build: " + file);
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + file, e);
        }
    }

    /** The raw bytes, for checksums. */
    public static byte[] bytes(String file) {
        try (InputStream in = DataResources.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("bundled data file missing from the build: " + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + file, e);
        }
    }

    /** Corrections this project applies to upstream rows, each citing its source. */
    public static final String CORRECTIONS = "data-corrections.csv";

    /**
     * Rows of a CSV file with a header, each a map from (trimmed) column name to field text, with
     * this project's corrections ({@value #CORRECTIONS}) applied. The file itself stays as copied
     * from upstream, so its checksum still says which edition it is.
     */
    public static List<Map<String, String>> csv(String file) {
        List<Map<String, String>> rows = rows(file);
        if (file.equals(CORRECTIONS)) return rows;
        List<Map<String, String>> fixes = rows(CORRECTIONS).stream().filter(c -> c.get("file").equals(file)).toList();
        if (fixes.isEmpty()) return rows;
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : rows) out.add(corrected(file, row, fixes));
        return List.copyOf(out);
    }

    private static Map<String, String> corrected(String file, Map<String, String> row, List<Map<String, String>> fixes) {
        Map<String, String> out = null;
        for (Map<String, String> c : fixes) {
            if (!c.get("key").equals(row.get(c.get("key_column")))) continue;
            if (out == null) out = new LinkedHashMap<>(row);
            String column = c.get("column");
            // an upstream edition that changed the value makes the correction stale: say so rather than overwrite it
            if (!c.get("upstream").equals(out.get(column)) && !c.get("corrected").equals(out.get(column))) {
                throw new IllegalStateException("bundled data: " + CORRECTIONS + " expects " + column + " = " + c.get("upstream")
                        + " for " + c.get("key") + " in " + file + ", found " + out.get(column));
            }
            out.put(column, c.get("corrected"));
        }
        return out == null ? row : Collections.unmodifiableMap(out);
    }

    private static List<Map<String, String>> rows(String file) {
        List<List<String>> records = parse(text(file));
        if (records.isEmpty()) return List.of();
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() == 1 && r.get(0).isBlank()) continue;
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < r.size() ? r.get(i).strip() : "");
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            out.add(record);
        }
        return out;
    }

    /** A number field; blank gives NaN so callers can tell "not published" from zero. */
    static double number(Map<String, String> row, String column) {
        String v = row.getOrDefault(column, "").replace(",", "").strip();
        if (v.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bundled data: column '" + column + "' is not a number: " + v);
        }
    }
}
