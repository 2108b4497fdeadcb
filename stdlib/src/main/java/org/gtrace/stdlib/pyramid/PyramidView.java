package org.gtrace.stdlib.pyramid;

import java.util.List;
import org.gtrace.stdlib.report.ChartSpec;

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

    /** The view as a PYRAMID chart, so it travels inside a {@code Report} to front ends. */
    public ChartSpec toChart() {
        double[] passed = new double[levels.size()], reachedFlags = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            passed[i] = levels.get(i).passed() ? 1 : 0;
            reachedFlags[i] = levels.get(i).reached() ? 1 : 0;
        }
        return new ChartSpec(ChartSpec.Kind.PYRAMID, "AI Sustainability Pyramid: " + deployment + " reaches L" + reached,
                "level", "gates passed", "", levels.stream().map(l -> "L" + l.level() + " " + l.name()).toList(),
                List.of(ChartSpec.Series.of("passed", passed), ChartSpec.Series.of("reached", reachedFlags)),
                "G-TRACE pyramid; level names and gates are this project's own");
    }

    /** Reads a PYRAMID chart back (front ends drawing the pyramid). */
    public static PyramidView fromChart(ChartSpec c) {
        if (c.kind() != ChartSpec.Kind.PYRAMID) throw new IllegalArgumentException("not a PYRAMID chart: " + c.kind());
        double[] passed = c.series().get(0).values(), reachedFlags = c.series().get(1).values();
        List<Level> levels = new java.util.ArrayList<>();
        int reached = 0;
        for (int i = 0; i < c.categories().size(); i++) {
            String label = c.categories().get(i);
            int space = label.indexOf(' ');
            levels.add(new Level(i + 1, space < 0 ? label : label.substring(space + 1), passed[i] == 1, reachedFlags[i] == 1));
            if (reachedFlags[i] == 1) reached = i + 1;
        }
        String title = c.title();
        String name = title.substring(title.indexOf(": ") + 2, title.lastIndexOf(" reaches "));
        return new PyramidView(name, reached, levels);
    }
}
