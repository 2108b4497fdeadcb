package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * The settings an image or video was generated with, each null where not stated: a reference
 * figure's settings on one side, the outputs being estimated on the other. Steps, length and
 * frame rate may be uncertain.
 *
 * @param resolution pixels per output
 * @param steps      denoising steps (dimensionless)
 * @param seconds    duration of one video (time)
 * @param fps        frames per second (dimensionless)
 */
public record OutputSettings(Resolution resolution, UncertainQuantity steps, UncertainQuantity seconds, UncertainQuantity fps) {

    public static OutputSettings none() {
        return new OutputSettings(null, (UncertainQuantity) null, null, null);
    }

    /** Point settings. */
    public OutputSettings(Resolution resolution, Quantity steps, Quantity seconds, Quantity fps) {
        this(resolution, UncertainQuantity.ofNullable(steps), UncertainQuantity.ofNullable(seconds), UncertainQuantity.ofNullable(fps));
    }

    public OutputSettings resolution(Resolution r) {
        return new OutputSettings(r, steps, seconds, fps);
    }

    public OutputSettings steps(Quantity n) {
        return steps(UncertainQuantity.ofNullable(n));
    }

    public OutputSettings steps(UncertainQuantity n) {
        return new OutputSettings(resolution, n, seconds, fps);
    }

    public OutputSettings seconds(Quantity s) {
        return seconds(UncertainQuantity.ofNullable(s));
    }

    public OutputSettings seconds(UncertainQuantity s) {
        return new OutputSettings(resolution, steps, s, fps);
    }

    public OutputSettings fps(Quantity f) {
        return fps(UncertainQuantity.ofNullable(f));
    }

    public OutputSettings fps(UncertainQuantity f) {
        return new OutputSettings(resolution, steps, seconds, f);
    }

    public boolean isEmpty() {
        return resolution == null && steps == null && seconds == null && fps == null;
    }
}
