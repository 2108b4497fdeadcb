package org.gtrace.grammar.runtime;

import org.gtrace.stdlib.units.Unit;

/**
 * A numeric column of a loaded table, in the unit its header gives ("energy [kWh]"), or
 * plain numbers when the header names no unit.
 */
public record TableColumn(String name, double[] values, Unit unit) {
    public TableColumn {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }
}
