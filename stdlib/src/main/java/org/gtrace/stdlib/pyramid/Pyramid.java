package org.gtrace.stdlib.pyramid;

import java.util.List;

/**
 * The AI Sustainability Pyramid: seven cumulative levels from measurement (L1) to stewardship
 * (L7). Level names and gate thresholds are this project's own (see {@link PyramidPolicy}); the
 * G-TRACE paper does not publish them.
 */
public final class Pyramid {
    private Pyramid() {}

    public static Assessment assess(Deployment d) {
        return assess(d, PyramidPolicy.defaults());
    }

    public static Assessment assess(Deployment d, PyramidPolicy policy) {
        Footprint f = Footprint.of(d);
        List<LevelResult> levels = Gates.evaluate(d, f, policy);
        return new Assessment(d, policy, levels, Actions.suggest(d, f, policy, levels), f.energyKWh(), f.intensity(),
                f.unknownShare(), f.co2eKg());
    }
}
