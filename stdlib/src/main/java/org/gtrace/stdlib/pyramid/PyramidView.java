package org.gtrace.stdlib.pyramid;

import java.util.List;

/**
 * What a front end needs to draw the pyramid: seven levels bottom (L1) to top (L7), which pass,
 * and the level reached (0 when even L1 fails). A level above the reached one can pass on its own
 * gates and still not count, since levels are cumulative.
 */
public record PyramidView(String deployment, int reached, List<Level> levels) {
    public record Level(int level, String name, boolean passed, boolean reached) {}

    public PyramidView {
        levels = List.copyOf(levels);
    }
}
