package org.gtrace.stdlib.units;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the unit a value reads best in (4,200 MWh rather than 4200000 kWh) and formats it with
 * thousands separators and four significant digits.
 */
public final class DisplayUnits {

    /** Ladders of display units per dimension, smallest first. */
    private static final Map<Dimension, List<String>> LADDERS = Map.ofEntries(
            Map.entry(Dimension.ENERGY, List.of("Wh", "kWh", "MWh", "GWh", "TWh")),
            Map.entry(Dimension.POWER, List.of("W", "kW", "MW", "GW")),
            Map.entry(Dimension.CO2E, List.of("gCO2e", "kgCO2e", "tCO2e", "ktCO2e", "MtCO2e")),
            Map.entry(Dimension.WATER, List.of("mL", "L", "kL", "ML")),
            Map.entry(Dimension.TIME, List.of("s", "min", "h", "days")),
            Map.entry(Dimension.INTENSITY, List.of("g/kWh")),
            Map.entry(Dimension.WATER_PER_ENERGY, List.of("L/kWh")),
            Map.entry(Dimension.ENERGY_PER_OUTPUT, List.of("Wh/output", "kWh/output")),
            Map.entry(Dimension.CO2E_PER_OUTPUT, List.of("gCO2e/output", "kgCO2e/output")),
            Map.entry(Dimension.ENERGY_PER_TOKEN, List.of("Wh/token")),
            Map.entry(Dimension.OUTPUTS, List.of("outputs")),
            Map.entry(Dimension.TOKENS, List.of("tokens")),
            Map.entry(Dimension.COMPUTE, List.of("FLOP", "kFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP")),
            Map.entry(Dimension.COMPUTE_RATE, List.of("TFLOP/s", "PFLOP/s", "EFLOP/s")),
            Map.entry(Dimension.COMPUTE_PER_TOKEN, List.of("FLOP/token")),
            Map.entry(Dimension.OUTPUT_RATE, List.of("outputs/day")));

    private DisplayUnits() {}

    static String baseSymbol(Dimension d) {
        return switch (d.toString()) {
            case "energy" -> "kWh";
            case "time" -> "h";
            case "CO2e" -> "kgCO2e";
            case "water volume" -> "L";
            case "power" -> "kW";
            case "compute (FLOP)" -> "FLOP";
            case "carbon intensity (CO2e per energy)" -> "kg/kWh";
            default -> "";
        };
    }

    /** Training compute reads in powers of ten of FLOP, as papers and the EU AI Act write it: 3.14E23 FLOP. */
    private static final double SCIENTIFIC_FLOP = 1e18;

    /** The unit to show a base-unit value in: the largest in its ladder where it reads ≥ 1, below 10,000. */
    public static Unit choose(Dimension d, double base) {
        if (d.equals(Dimension.COMPUTE) && Math.abs(base) >= SCIENTIFIC_FLOP) return Units.parse("FLOP");
        List<String> ladder = LADDERS.get(d);
        if (ladder == null) return null;
        Unit best = Units.parse(ladder.get(0));
        double mag = Math.abs(base);
        // nothing reads as nothing in the base unit: "0 kgCO2e", not "0 MtCO2e"
        if (mag == 0) return ladder.stream().map(Units::parse).filter(u -> u.fromBase(1) == 1).findFirst().orElse(best);
        for (String sym : ladder) {
            Unit u = Units.parse(sym);
            if (u.fromBase(mag) >= 1) best = u;
        }
        // Prefer the smaller unit while the number stays under 10,000 (4,200 MWh, not 4.2 GWh).
        int idx = ladder.indexOf(best.symbol());
        if (idx > 0 && mag > 0) {
            Unit smaller = Units.parse(ladder.get(idx - 1));
            if (smaller.fromBase(mag) < 10_000) best = smaller;
        }
        return best;
    }

    /** Four significant digits, grouped thousands, no trailing zeros: 4,200 · 2,020 · 0.006. */
    public static String number(double v) {
        return number(v, 4);
    }

    /**
     * A Monte Carlo estimate with only the digits its standard error supports: rounded at the
     * decimal place of the error's first significant digit (2,691 with an error of 9.2; 2,690
     * with 92), and never more than four significant digits. A zero or negative error gives
     * {@link #number(double)}.
     */
    public static String number(double v, double standardError) {
        if (!(standardError > 0) || v == 0 || !Double.isFinite(v)) return number(v);
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        int errorPlace = (int) Math.floor(Math.log10(standardError));
        return number(v, Math.max(1, Math.min(4, magnitude - errorPlace + 1)));
    }

    /** {@code q} in the unit that reads best, with the digits {@code standardError} (base units) supports. */
    public static String format(Quantity q, double standardError) {
        if (!(standardError > 0)) return q.format();
        Unit u = choose(q.dimension(), q.base());
        if (u == null) return number(q.base(), standardError) + suffix(q.base(), q.dimension());
        double v = u.fromBase(q.base());
        return number(v, u.fromBase(standardError)) + " " + singular(v, u.symbol());
    }

    private static String suffix(double base, Dimension d) {
        String sym = baseSymbol(d);
        return sym.isEmpty() ? (d.isDimensionless() ? "" : " (" + d.describe() + ")") : " " + singular(base, sym);
    }

    private static String number(double v, int digits) {
        if (v == 0) return "0";
        if (Math.abs(v) >= Math.min(1e15, SCIENTIFIC_FLOP) || Math.abs(v) < 1e-6) {
            return new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        int decimals = Math.max(0, digits - 1 - magnitude);
        double rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(decimals);
        return f.format(rounded);
    }

    public static String format(double base, Dimension d) {
        Unit u = choose(d, base);
        if (u == null) return number(base) + suffix(base, d);
        return number(u.fromBase(base)) + " " + singular(u.fromBase(base), u.symbol());
    }

    /** "1 output", "1 token": a count of one reads in the singular; other symbols are left alone. */
    private static String singular(double value, String symbol) {
        return value == 1 && (symbol.equals("outputs") || symbol.equals("tokens")) ? symbol.substring(0, symbol.length() - 1) : symbol;
    }
}
