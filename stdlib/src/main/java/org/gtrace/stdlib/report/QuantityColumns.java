package org.gtrace.stdlib.report;

import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.DoubleColumn;

/**
 * Numeric table columns in one display unit chosen from the column's largest value, named with
 * the unit in brackets ("CO2e [tCO2e]") as the report contract asks.
 */
public final class QuantityColumns {

    private QuantityColumns() {}

    /** The display unit for values of dimension {@code d} whose largest magnitude is {@code max} (base units). */
    public static Unit unitFor(Dimension d, double max) {
        Unit u = DisplayUnits.choose(d, max);
        return u != null ? u : Units.parse(Units.baseSymbol(d).isEmpty() ? "kWh" : Units.baseSymbol(d));
    }

    /** A column of base-unit values shown in one unit chosen for them. */
    public static DoubleColumn quantity(String label, Dimension d, double[] base) {
        double max = 0;
        for (double v : base) max = Math.max(max, Math.abs(v));
        Unit u = unitFor(d, max);
        double[] shown = new double[base.length];
        for (int i = 0; i < base.length; i++) shown[i] = u.fromBase(base[i]);
        return DoubleColumn.create(label + " [" + u.symbol() + "]", shown);
    }

    /** A column shown in a fixed unit. */
    public static DoubleColumn inUnit(String label, String unit, double[] base) {
        Unit u = Units.parse(unit);
        double[] shown = new double[base.length];
        for (int i = 0; i < base.length; i++) shown[i] = u.fromBase(base[i]);
        return DoubleColumn.create(label + " [" + unit + "]", shown);
    }
}
