package org.gtrace.stdlib.telemetry;

import java.util.Locale;

/** How a column header is read as a word, by the loader's checks and by the language alike. */
public final class Headers {

    private Headers() {}

    /** "Energy [kWh]" → "energy"; "GPU hours" → "gpu_hours". */
    public static String stem(String header) {
        int bracket = header.indexOf('[');
        String base = bracket < 0 ? header : header.substring(0, bracket);
        return base.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
