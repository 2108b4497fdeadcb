package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.units.Quantity;

/**
 * A published per-output energy a workload can use as its {@code preset}, as this project read it
 * at its source.
 *
 * @param figure   the figure (value, year, source)
 * @param modality what it measures the output of
 * @param boundary the layers it includes; the estimate adds the others
 * @param output   what one output is (a query of how many tokens, an image of what size)
 * @param hardware what it was measured or modelled on
 * @param words    the source's own words on what the figure includes
 * @param where    where those words stand in the source
 * @param read     primary (read at the source) or secondary (read through a page quoting it)
 */
public record Preset(Figure figure, Modality modality, EnergyBoundary boundary, String output, String hardware,
                     String words, String where, String read) {

    public String id() {
        return figure.id();
    }

    public Quantity value() {
        return figure.quantity();
    }

    /** The figure as the energy of a workload's outputs. */
    public EnergyPerOutput energy() {
        return new EnergyPerOutput(figure.quantity(), boundary, figure.source(), null);
    }
}
