package org.gtrace.grammar.compile;

import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;

/** How hour-matching and shifting write intensities and a grid's intervals, the same in both reports. */
final class GridWords {

    static final Unit G_PER_KWH = Units.parse("g/kWh");

    private GridWords() {}

    /** An intensity in g/kWh, from the base unit (kg/kWh). */
    static double grams(double kgPerKWh) {
        return G_PER_KWH.fromBase(kgPerKWh);
    }

    /** "half-hour" from "half-hours": one of a grid's intervals. */
    static String one(String intervals) {
        return intervals.endsWith("s") ? intervals.substring(0, intervals.length() - 1) : intervals;
    }
}
