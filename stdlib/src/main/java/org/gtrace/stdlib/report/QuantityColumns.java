package org.gtrace.stdlib.report;

import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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

    /**
     * A copy of {@code t} whose numeric columns of {@code unit}'s dimension are converted to it and
     * renamed ("CO2e [tCO2e]" becomes "CO2e [kgCO2e]", values ×1000); other columns are copied as they are.
     */
    public static Table shownIn(Table t, Unit unit) {
        Table out = Table.create(t.name());
        for (Column<?> c : t.columns()) out.addColumns(c instanceof NumericColumn<?> n ? converted(n, unit) : c.copy());
        return out;
    }

    private static Column<?> converted(NumericColumn<?> c, Unit to) {
        Unit from = unitOf(c.name());
        if (from == null || !from.dimension().equals(to.dimension())) return c.copy();
        DoubleColumn d = DoubleColumn.create(c.name().substring(0, c.name().lastIndexOf('[')) + "[" + to.symbol() + "]");
        for (int i = 0; i < c.size(); i++) {
            if (c.isMissing(i)) d.appendMissing();
            else d.append(to.fromBase(from.toBase(c.getDouble(i))));
        }
        return d;
    }

    /** The unit in a column name's trailing brackets, or null when it has none or it is not a unit. */
    static Unit unitOf(String name) {
        int open = name.lastIndexOf('[');
        if (open < 0 || !name.endsWith("]")) return null;
        try {
            return Units.parse(name.substring(open + 1, name.length() - 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
