package org.gtrace.stdlib.data;

import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Units;

/**
 * One published figure from {@code literature-figures.csv}.
 *
 * @param id         stable key, e.g. {@code grid.world.2023}
 * @param category   e.g. inference.image, grid, pue, training
 * @param subject    what it measures
 * @param value      the number as published
 * @param unit       its unit as written in the file ("Wh/image", "gCO2e/kWh", "1")
 * @param notes      boundary and method notes from the file
 * @param year       year the figure refers to
 * @param citation   URL (or reference) of its source
 * @param confidence verified, secondary, derived or brief
 * @param boundary   for per-output energy: GPU_ONLY, SERVER, FACILITY or UNSPECIFIED; "" otherwise
 */
public record Figure(String id, String category, String subject, double value, String unit, String notes, int year,
                     String citation, String confidence, String boundary) {

    /** The value as a typed quantity ("1" means a plain number). */
    public Quantity quantity() {
        if (unit.equals("1")) return Quantity.number(value);
        return Quantity.of(value, Units.parse(unit));
    }

    /** The figure as a provenance source. */
    public Source source() {
        String b = boundary.isEmpty() ? "" : boundary.toLowerCase().replace('_', ' ') + (notes.isEmpty() ? "" : "; " + notes);
        return new Source(id, subject, citation, year, "fact (cited)", confidence, b);
    }
}
