package org.gtrace.stdlib.pyramid;

import java.util.List;
import java.util.Optional;

/**
 * The result of assessing a deployment: every level with its gates, the level reached
 * (cumulative: the highest level whose gates and all lower levels' gates pass), the first gate
 * that fails, and the actions with their savings.
 */
public record Assessment(Deployment deployment, PyramidPolicy policy, List<LevelResult> levels, List<Action> actions,
                         Double energyKWh, double intensityKgPerKWh, double unknownRegionShare, Double co2eKg) {

    public Assessment {
        levels = List.copyOf(levels);
        actions = List.copyOf(actions);
    }

    /** 0..7. */
    public int reached() {
        int n = 0;
        for (LevelResult l : levels) {
            if (!l.passed()) break;
            n = l.level();
        }
        return n;
    }

    /** The first failing gate of the lowest level not passed; empty at L7. */
    public Optional<Gate> firstFailed() {
        return levels.stream().filter(l -> !l.passed()).findFirst()
                .flatMap(l -> l.gates().stream().filter(g -> !g.passed()).findFirst());
    }

    /** gCO2e per output, or null when energy is unknown. */
    public Double gramsPerOutput() {
        return co2eKg == null || deployment.outputs() == 0 ? null : co2eKg * 1000 / deployment.outputs();
    }

    public PyramidView view() {
        int reached = reached();
        return new PyramidView(deployment.name(), reached, levels.stream()
                .map(l -> new PyramidView.Level(l.level(), l.name(), l.passed(), l.level() <= reached)).toList());
    }
}
