package org.gtrace.stdlib.inference;

/**
 * The settings an image or video was generated with, each null where not stated: a reference
 * figure's settings on one side, the outputs being estimated on the other.
 *
 * @param resolution pixels per output
 * @param steps      denoising steps (dimensionless)
 * @param seconds    duration of one video (time)
 * @param fps        frames per second (dimensionless)
 */
public record OutputSettings(Resolution resolution, org.gtrace.stdlib.units.Quantity steps,
                             org.gtrace.stdlib.units.Quantity seconds, org.gtrace.stdlib.units.Quantity fps) {

    public static OutputSettings none() {
        return new OutputSettings(null, null, null, null);
    }

    public OutputSettings resolution(Resolution r) {
        return new OutputSettings(r, steps, seconds, fps);
    }

    public OutputSettings steps(org.gtrace.stdlib.units.Quantity n) {
        return new OutputSettings(resolution, n, seconds, fps);
    }

    public OutputSettings seconds(org.gtrace.stdlib.units.Quantity s) {
        return new OutputSettings(resolution, steps, s, fps);
    }

    public OutputSettings fps(org.gtrace.stdlib.units.Quantity f) {
        return new OutputSettings(resolution, steps, seconds, f);
    }

    public boolean isEmpty() {
        return resolution == null && steps == null && seconds == null && fps == null;
    }
}
