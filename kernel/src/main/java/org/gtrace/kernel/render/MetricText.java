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
public record MetricText(String name, String unit, String value, String low, String high, String error) {

    public static MetricText of(Metric m) {
        Quantity v = m.value();
        Unit u = m.unitShown();
        String symbol = u != null ? u.symbol() : Units.baseSymbol(v.dimension());
        double se = m.isUncertain() ? m.standardError().base() : 0;
        String value = number(v, u, se);
        if (!m.isUncertain()) return new MetricText(m.name(), symbol, value, null, null, null);
        String error = se > 0 ? DisplayUnits.number(u != null ? u.fromBase(se) : se, (u != null ? u.fromBase(se) : se) / 10) : null;
        return new MetricText(m.name(), symbol, value, number(m.p5(), u, se), number(m.p95(), u, se), error);
    }

    /** A number in the metric's unit with the digits its standard error supports. */
    private static String number(Quantity q, Unit u, double se) {
        return u != null ? DisplayUnits.number(u.fromBase(q.base()), u.fromBase(se)) : DisplayUnits.number(q.base(), se);
    }

    public boolean uncertain() {
        return low != null;
    }

    /** "energy (MWh)". */
    public String header() {
        return unit == null || unit.isEmpty() || unit.equals(name) ? name : name + " (" + unit + ")";
    }

    /** "3,900–4,500", with the Monte Carlo standard error when there is one: "3,900–4,500 · mean ± 6.5". */
    public String range() {
        return !uncertain() ? "" : low + "–" + high + (error == null ? "" : " · mean ± " + error);
    }
}
