package org.gtrace.grammar.runtime;

import org.gtrace.stdlib.grid.LoadShift;

/**
 * What {@code shift flex from tel < grid uk; flexible 30%; window 6 h >} found, computed once when
 * declared (a loaded table never changes, so neither does its shift).
 *
 * @param window    how many of the grid's intervals load may wait
 * @param intervals the grid's word for its intervals ("half-hours")
 * @param origin    epoch second the grid's first interval starts at
 * @param step      seconds per interval
 */
public record ShiftPlan(String name, String base, String grid, double flexible, double windowHours, long window, String intervals,
                        long origin, long step, LoadShift.Across across, LoadShift.Result result, int line) {

    /** When interval {@code k} of the grid starts, as a chart labels it: 2023-03-14T18:30Z. */
    public String start(long k) {
        return java.time.Instant.ofEpochSecond(origin + k * step).toString().replace(":00Z", "Z");
    }
}
