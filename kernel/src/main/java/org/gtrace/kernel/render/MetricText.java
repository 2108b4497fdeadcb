package org.gtrace.kernel.render;

import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;

/**
 * A metric in one display unit (the one asked for with {@code in}, else one chosen from the
 * central value); the p5–p95 bounds are written in that same unit so the range reads at a glance.
 */
public record MetricText(String name, String unit, String value, String low, String high) {

    public static MetricText of(Metric m) {
        Quantity v = m.value();
        Unit u = m.unitShown();
        String symbol = u != null ? u.symbol() : Units.baseSymbol(v.dimension());
        String value = number(v, u);
        if (!m.isUncertain()) return new MetricText(m.name(), symbol, value, null, null);
        return new MetricText(m.name(), symbol, value, number(m.p5(), u), number(m.p95(), u));
    }

    private static String number(Quantity q, Unit u) {
        return DisplayUnits.number(u != null ? u.fromBase(q.base()) : q.base());
    }

    public boolean uncertain() {
        return low != null;
    }

    /** "energy (MWh)". */
    public String header() {
        return unit == null || unit.isEmpty() || unit.equals(name) ? name : name + " (" + unit + ")";
    }

    /** "3,900–4,500". */
    public String range() {
        return uncertain() ? low + "–" + high : "";
    }
}
