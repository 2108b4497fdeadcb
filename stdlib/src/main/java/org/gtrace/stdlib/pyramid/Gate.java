package org.gtrace.stdlib.pyramid;

/**
 * One check of a level, with the numbers it was decided on.
 *
 * @param level      1..7
 * @param id         stable key ("L4.budget")
 * @param check      what is checked, in words
 * @param value      the deployment's value (NaN-free: 0/1 for yes/no checks; null when unknown)
 * @param comparator "≥", "≤" or "="
 * @param threshold  the threshold it is compared with
 * @param unit       unit of value and threshold ("%", "gCO2e/output", "kg/kWh", "" for yes/no)
 * @param passed     whether the gate holds
 */
public record Gate(int level, String id, String check, Double value, String comparator, double threshold, String unit,
                   boolean passed) {

    /** "budget: 2.88 gCO2e/output ≤ 2 gCO2e/output — failed". */
    public String describe() {
        String v = value == null ? "unknown" : number(value) + suffix();
        return check + ": " + v + " " + comparator + " " + number(threshold) + suffix() + (passed ? " — passed" : " — failed");
    }

    private String suffix() {
        return unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        return String.format(java.util.Locale.ROOT, "%,.3g", v);
    }
}
