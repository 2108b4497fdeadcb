package org.gtrace.stdlib.uncertainty;

import java.util.Locale;

/** Short, locale-independent text for a raw number in a description. */
final class Numbers {
    private Numbers() {}

    static String text(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) return s;
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
