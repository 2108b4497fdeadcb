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
 * Per-output energy from a model of the output instead of a measured figure: text from tokens and
 * active parameters (EcoLogits fit), image and video scaled from a cited reference point. Where the
 * reference point's settings (steps, resolution, frames) are not published, they are inputs.
 */
public final class ParametricEnergy {

    static final String TEXT_SLOPE = "text.ecologits.per_token_slope";
    static final String TEXT_INTERCEPT = "text.ecologits.per_token_intercept";
    static final String RESOLUTION_EXPONENT = "video.scaling.resolution_exponent";

    private ParametricEnergy() {}

    /**
     * e = T × (α × P + β): GPU-only energy (PUE then applies). P is in billions of active
     * parameters; α and β are published in Wh/(token·B params) and Wh/token.
     */
    public static EnergyPerOutput text(Quantity tokensPerOutput, Quantity activeParamsBillions, String where) {
        return text(UncertainQuantity.of(tokensPerOutput), UncertainQuantity.of(activeParamsBillions), where);
    }

    /** The text model with your own coefficients: α per token per billion parameters, β per token. */
    public static EnergyPerOutput text(Quantity tokensPerOutput, Quantity activeParamsBillions, Quantity alphaPerBillion,
                                       Quantity beta, String where) {
        Check.nonNegative(alphaPerBillion, Dimension.ENERGY_PER_TOKEN, Field.TEXT_COEFFICIENT, "5.8e-7 Wh/token");
        Check.nonNegative(beta, Dimension.ENERGY_PER_TOKEN, Field.TEXT_COEFFICIENT, "4.05e-5 Wh/token");
        return text(UncertainQuantity.of(tokensPerOutput), UncertainQuantity.of(activeParamsBillions), alphaPerBillion,
                Source.userInput(where), beta, Source.userInput(where), where);
    }

    /** The text model with the EcoLogits coefficients, tokens and parameters possibly uncertain. */
    public static EnergyPerOutput text(UncertainQuantity tokensPerOutput, UncertainQuantity activeParamsBillions, String where) {
        Figure slope = LiteratureFigures.get(TEXT_SLOPE);
        Figure intercept = LiteratureFigures.get(TEXT_INTERCEPT);
        Quantity alpha = new Quantity(slope.value() / 1000, Dimension.ENERGY_PER_TOKEN);
        Quantity beta = new Quantity(intercept.value() / 1000, Dimension.ENERGY_PER_TOKEN);
        return text(tokensPerOutput, activeParamsBillions, alpha, slope.source(), beta, intercept.source(), where);
    }

    private static EnergyPerOutput text(UncertainQuantity tokensPerOutput, UncertainQuantity activeParamsBillions, Quantity alpha,
                                        Source alphaSource, Quantity beta, Source betaSource, String where) {
        UncertainQuantity t = Check.nonNegative(tokensPerOutput, Dimension.TOKENS, Field.TOKENS_PER_OUTPUT, "500 tokens");
        UncertainQuantity p = Check.nonNegative(activeParamsBillions, Dimension.NONE, Field.ACTIVE_PARAMS, "70");
        UncertainQuantity value = InferenceEquations.textEnergyPerOutput(t, p, alpha, beta);
        Check.finite(value.centralBase(), Field.ENERGY_PER_OUTPUT);
        Derivation d = Derivation.of("text energy per output", "e = T × (α × P + β)")
                .input("T", "output tokens per output", t, Source.userInput(where))
                .input("P", "active parameters (billions)", p, Source.userInput(where))
                .input("α", "GPU energy per token per billion parameters", alpha, alphaSource)
                .input("β", "GPU energy per token, intercept", beta, betaSource)
                .result(value);
        return new EnergyPerOutput(value, EnergyBoundary.GPU_ONLY, alphaSource, d);
    }

    /** e = e_ref × (px/px_ref)^(k/2) × (steps/steps_ref), k from video.scaling.resolution_exponent. */
    public static EnergyPerOutput image(EnergyPerOutput reference, Resolution refResolution, Quantity refSteps,
                                        Resolution resolution, Quantity steps, String where) {
        Figure k = LiteratureFigures.get(RESOLUTION_EXPONENT);
        return image(reference, refResolution, refSteps, resolution, steps, Quantity.number(k.value()), k.source(), where);
    }

    /** The image model with your own exponent in pixels per side (2: energy linear in pixel count). */
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
     * e = e_ref × (px/px_ref)^(k/2) × (f/f_ref)^k × (steps/steps_ref), frames f = seconds × fps;
     * the quadratic frame exponent is the same cited figure (its notes: energy ~ frames²).
     */
    public static EnergyPerOutput video(EnergyPerOutput reference, Resolution refResolution, Quantity refSeconds,
                                        Quantity refFps, Quantity refSteps, Resolution resolution, Quantity seconds,
                                        Quantity fps, Quantity steps, String where) {
        Figure k = LiteratureFigures.get(RESOLUTION_EXPONENT);
        return video(reference, refResolution, refSeconds, refFps, refSteps, resolution, seconds, fps, steps,
                Quantity.number(k.value()), k.source(), where);
    }

    /** The video model with your own exponent (applied to pixels per side and to frames). */
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
