package org.gtrace.stdlib.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit vocabulary: simple symbols, and compound expressions built from them with {@code /},
 * {@code *} and {@code ^n} ("g/kWh", "Wh/image", "kWh/(1000 images)" is not supported; write
 * "Wh/image" instead).
 *
 * <p>{@code g kg t} mean CO2e: hardware mass is not a dimension of this domain. Output nouns
 * (image, query, video, ...) are all the output dimension, singular or plural, so a per-image
 * figure multiplies a count of queries.
 */
public final class Units {

    private static final Map<String, Unit> SIMPLE = buildSimple();

    private Units() {}

    private static Map<String, Unit> buildSimple() {
        Map<String, Unit> m = new LinkedHashMap<>();
        // energy, base kWh
        put(m, Dimension.ENERGY, 1e-3, "Wh");
        put(m, Dimension.ENERGY, 1, "kWh");
        put(m, Dimension.ENERGY, 1e3, "MWh");
        put(m, Dimension.ENERGY, 1e6, "GWh");
        put(m, Dimension.ENERGY, 1e9, "TWh");
        put(m, Dimension.ENERGY, 1 / 3.6e6, "J");
        put(m, Dimension.ENERGY, 1 / 3.6e3, "kJ");
        put(m, Dimension.ENERGY, 1 / 3.6, "MJ");
        put(m, Dimension.ENERGY, 1e3 / 3.6, "GJ");
        // power, base kW (kWh per h)
        put(m, Dimension.POWER, 1e-3, "W");
        put(m, Dimension.POWER, 1, "kW");
        put(m, Dimension.POWER, 1e3, "MW");
        put(m, Dimension.POWER, 1e6, "GW");
        // time, base h
        put(m, Dimension.TIME, 1 / 3600.0, "s", "sec");
        put(m, Dimension.TIME, 1 / 60.0, "min");
        put(m, Dimension.TIME, 1, "h", "hr", "hour", "hours");
        put(m, Dimension.TIME, 24, "d", "day", "days");
        put(m, Dimension.TIME, 168, "week", "weeks");
        put(m, Dimension.TIME, 8760, "yr", "year", "years");
        // accelerator-hours are time summed over devices
        put(m, Dimension.TIME, 1, "GPU-h", "GPUh", "gpu-h");
        // CO2e, base kg
        put(m, Dimension.CO2E, 1e-3, "gCO2e", "gCO2", "g");
        put(m, Dimension.CO2E, 1, "kgCO2e", "kgCO2", "kg");
        put(m, Dimension.CO2E, 1e3, "tCO2e", "tCO2", "t");
        put(m, Dimension.CO2E, 1e6, "ktCO2e", "ktCO2", "kt");
        put(m, Dimension.CO2E, 1e9, "MtCO2e", "MtCO2", "Mt");
        // water, base L
        put(m, Dimension.WATER, 1e-3, "mL");
        put(m, Dimension.WATER, 1, "L");
        put(m, Dimension.WATER, 1e3, "kL", "m3");
        put(m, Dimension.WATER, 1e6, "ML");
        // counts
        put(m, Dimension.OUTPUTS, 1, "output", "outputs", "image", "images", "query", "queries",
                "prompt", "prompts", "response", "responses", "reply", "replies", "video", "videos",
                "clip", "clips", "inference", "inferences", "request", "requests");
        put(m, Dimension.TOKENS, 1, "token", "tokens");
        // compute, base FLOP; "FLOPs" is the plural (a count), as the EU AI Act writes it: a rate is FLOP/s
        String[] prefixes = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
        for (int i = 0; i < prefixes.length; i++) {
            put(m, Dimension.COMPUTE, Math.pow(10, 3 * i), prefixes[i] + "FLOP", prefixes[i] + "FLOPs");
        }
        put(m, Dimension.NONE, 0.01, "%");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Unit> m, Dimension d, double factor, String... symbols) {
        for (String s : symbols) {
            m.put(s, new Unit(s, d, factor));
        }
    }

    /** Every simple symbol, for completion and "did you mean". */
    public static List<String> symbols() {
        return List.copyOf(SIMPLE.keySet());
    }

    public static Optional<Unit> simple(String symbol) {
        return Optional.ofNullable(SIMPLE.get(symbol));
    }

    /**
     * Parses a unit expression such as {@code kWh}, {@code g/kWh}, {@code Wh/image},
     * {@code images/day}, {@code W*h}. Throws {@link UnitError} naming the unknown symbol.
     */
    public static Unit parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) throw new UnitError("empty unit");
        Unit result = null;
        char op = '*';
        int i = 0;
        while (i < t.length()) {
            int j = i;
            while (j < t.length() && t.charAt(j) != '/' && t.charAt(j) != '*' && t.charAt(j) != '·') j++;
            Unit part = parsePower(t.substring(i, j).strip(), text);
            result = result == null ? part : (op == '/' ? result.per(part) : result.times(part));
            if (j < t.length()) op = t.charAt(j) == '/' ? '/' : '*';
            i = j + 1;
            if (j == t.length() - 1) throw new UnitError("unit '" + text + "' ends with an operator");
        }
        return new Unit(t, result.dimension(), result.toBase());
    }

    private static Unit parsePower(String piece, String whole) {
        int caret = piece.indexOf('^');
        String sym = caret < 0 ? piece : piece.substring(0, caret);
        Unit u = SIMPLE.get(sym);
        if (u == null) throw new UnitError("unknown unit '" + sym + "' in '" + whole + "'");
        if (caret < 0) return u;
        int n;
        try {
            n = Integer.parseInt(piece.substring(caret + 1));
        } catch (NumberFormatException e) {
            throw new UnitError("unit power must be a whole number in '" + whole + "'");
        }
        return new Unit(piece, u.dimension().power(n), Math.pow(u.toBase(), n));
    }

    /** The unit a dimension is stored in (base units: kWh, h, kgCO2e, L, outputs, tokens, FLOP). */
    public static String baseSymbol(Dimension d) {
        return DisplayUnits.baseSymbol(d);
    }
}
