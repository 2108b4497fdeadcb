package org.gtrace.stdlib.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "0.006 kWh", "429 g/kWh", "2.1 MtCO2e", "4,200 MWh", "700M images" or a plain number.
 * A count suffix (K, M, B, T) directly after the number multiplies it by 10^3, 10^6, 10^9, 10^12.
 */
final class QuantityParser {

    private static final Pattern FORM = Pattern.compile(
            "^([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)([KMBT](?![A-Za-z]))?\\s*(.*)$");

    private QuantityParser() {}

    static Quantity parse(String text) {
        if (text == null) throw new UnitError("no quantity given; write a number and a unit such as 0.006 kWh");
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new UnitError("cannot read '" + text + "' as a quantity; write a number and a unit such as 0.006 kWh");
        }
        double value = Double.parseDouble(m.group(1).replace(",", "")) * multiplier(m.group(2));
        String unit = m.group(3).strip();
        return unit.isEmpty() ? Quantity.number(value) : Quantity.of(value, unit);
    }

    private static double multiplier(String suffix) {
        if (suffix == null) return 1;
        return switch (suffix) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "B" -> 1e9;
            default -> 1e12;
        };
    }
}
