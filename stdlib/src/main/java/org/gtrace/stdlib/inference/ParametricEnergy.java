package org.gtrace.stdlib.inference;

import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * Per-output energy of images and video scaled from a cited reference point (text has its own
 * model, {@link TextModel}). Where the reference point's settings (steps, resolution, frames) are
 * not published, they are inputs.
 */
public final class ParametricEnergy {

    static final String TOKEN_EXPONENT = "video.scaling.token_exponent";

    private ParametricEnergy() {}

    /** e = e_ref × (px/px_ref)^k × (steps/steps_ref), k from video.scaling.token_exponent. */
    public static EnergyPerOutput image(EnergyPerOutput reference, Resolution refResolution, Quantity refSteps,
                                        Resolution resolution, Quantity steps, String where) {
        Figure k = LiteratureFigures.get(TOKEN_EXPONENT);
        return image(reference, refResolution, refSteps, resolution, steps, Quantity.number(k.value()), k.source(), where);
    }

    /** The image model with your own exponent on the pixel count (2: quadratic, 1: linear). */
    public static EnergyPerOutput image(EnergyPerOutput reference, Resolution refResolution, Quantity refSteps,
                                        Resolution resolution, Quantity steps, Quantity sideExponent, String where) {
        return image(reference, refResolution, refSteps, resolution, steps,
                Check.nonNegative(sideExponent, Dimension.NONE, Field.SCALING_EXPONENT, "2"), Source.userInput(where), where);
    }

    private static EnergyPerOutput image(EnergyPerOutput reference, Resolution refResolution, Quantity refSteps,
                                         Resolution resolution, Quantity steps, Quantity k, Source kSource, String where) {
        return ScaledEnergy.of(reference, OutputSettings.none().resolution(refResolution).steps(refSteps),
                OutputSettings.none().resolution(resolution).steps(steps), k, kSource, where);
    }

    /**
     * e = e_ref × (px/px_ref)^k × (f/f_ref)^k × (steps/steps_ref), frames f = seconds × fps:
     * pixels and frames enter the token count alike, so one cited exponent applies to both.
     */
    public static EnergyPerOutput video(EnergyPerOutput reference, Resolution refResolution, Quantity refSeconds,
                                        Quantity refFps, Quantity refSteps, Resolution resolution, Quantity seconds,
                                        Quantity fps, Quantity steps, String where) {
        Figure k = LiteratureFigures.get(TOKEN_EXPONENT);
        return video(reference, refResolution, refSeconds, refFps, refSteps, resolution, seconds, fps, steps,
                Quantity.number(k.value()), k.source(), where);
    }

    /** The video model with your own exponent on the token count (pixels × frames). */
    public static EnergyPerOutput video(EnergyPerOutput reference, Resolution refResolution, Quantity refSeconds,
                                        Quantity refFps, Quantity refSteps, Resolution resolution, Quantity seconds,
                                        Quantity fps, Quantity steps, Quantity exponent, String where) {
        return video(reference, refResolution, refSeconds, refFps, refSteps, resolution, seconds, fps, steps,
                Check.nonNegative(exponent, Dimension.NONE, Field.SCALING_EXPONENT, "2"), Source.userInput(where), where);
    }

    private static EnergyPerOutput video(EnergyPerOutput reference, Resolution refResolution, Quantity refSeconds,
                                         Quantity refFps, Quantity refSteps, Resolution resolution, Quantity seconds,
                                         Quantity fps, Quantity steps, Quantity k, Source kSource, String where) {
        return ScaledEnergy.of(reference, new OutputSettings(refResolution, refSteps, refSeconds, refFps),
                new OutputSettings(resolution, steps, seconds, fps), k, kSource, where);
    }
}
