package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * A per-output energy moved from the settings its figure was measured at to other settings:
 * e = e_ref × (px/px_ref)^k × (f/f_ref)^k × (steps/steps_ref), with frames f = seconds × fps: a
 * diffusion transformer's work grows with its latent token count, in which height, width and
 * frames enter alike, to the power k (2 where attention dominates), and linearly with steps.
 *
 * <p>Only the settings stated for the outputs enter the formula; a setting stated for the outputs
 * must also be stated for the reference, because the bundled figures do not publish theirs and a
 * guessed reference would be an invented number. A setting stated only for the reference leaves
 * the outputs at that setting (factor 1). Steps, lengths and frame rates may be uncertain: the
 * formula is then one of the estimate's, evaluated on each draw (a length enters squared).
 */
public final class ScaledEnergy {

    private ScaledEnergy() {}

    /** With the cited exponent k (video.scaling.token_exponent). */
    public static EnergyPerOutput of(EnergyPerOutput reference, OutputSettings at, OutputSettings to, String where) {
        Figure k = LiteratureFigures.get(ParametricEnergy.TOKEN_EXPONENT);
        return of(reference, at, to, Quantity.number(k.value()), k.source(), where);
    }

    /** With your own exponent k on the token count, pixels × frames (2: quadratic; 1: linear). */
    public static EnergyPerOutput of(EnergyPerOutput reference, OutputSettings at, OutputSettings to, Quantity k, String where) {
        Check.nonNegative(k, Dimension.NONE, Field.SCALING_EXPONENT, "2");
        return of(reference, at, to, k, Source.userInput(where), where);
    }

    static EnergyPerOutput of(EnergyPerOutput reference, OutputSettings at, OutputSettings to, Quantity k, Source kSource,
                              String where) {
        List<Ratio> stated = new ArrayList<>();
        if (to.resolution() != null) stated.add(pixels(at, to, k.base()));
        if (to.seconds() != null || to.fps() != null) stated.add(frames(at, to, k.base()));
        if (to.steps() != null) stated.add(steps(at, to));
        UncertainQuantity e = reference.value();
        StringBuilder formula = new StringBuilder("e = e_ref");
        for (Ratio r : stated) {
            e = e.times(r.factor());
            formula.append(" × ").append(r.formula());
        }
        Check.finite(e.centralBase(), Field.ENERGY_PER_OUTPUT);
        Derivation.Builder d = Derivation.of("energy per output at the stated settings", formula.toString())
                .input("e_ref", "energy per output at the reference settings", reference.value(), reference.source());
        Source input = Source.userInput(where);
        for (Ratio r : stated) {
            for (Input i : r.inputs()) d.input(i.symbol(), i.meaning(), i.value(), input);
        }
        if (stated.stream().anyMatch(Ratio::usesExponent)) {
            d.input("k", "energy exponent in the latent token count (pixels × frames)", k, kSource);
        }
        return new EnergyPerOutput(e, reference.boundary(), reference.source(), d.step(reference.derivation()).result(e));
    }

    private static Ratio pixels(OutputSettings at, OutputSettings to, double k) {
        Resolution ref = required(at.resolution(), "resolution", "1024x1024");
        double ratio = Math.pow((double) to.resolution().pixels() / ref.pixels(), k);
        return new Ratio(UncertainQuantity.number(ratio), "(px/px_ref)^k", true,
                List.of(new Input("px_ref", "reference pixels (" + ref + ")", UncertainQuantity.number(ref.pixels())),
                        new Input("px", "pixels (" + to.resolution() + ")", UncertainQuantity.number(to.resolution().pixels()))));
    }

    private static Ratio steps(OutputSettings at, OutputSettings to) {
        UncertainQuantity ref = Check.positive(required(at.steps(), "steps", "50"), Dimension.NONE, Field.REFERENCE_STEPS, "50");
        UncertainQuantity n = Check.nonNegative(to.steps(), Dimension.NONE, Field.STEPS, "30");
        return new Ratio(n.dividedBy(ref), "(steps/steps_ref)", false,
                List.of(new Input("steps_ref", "reference denoising steps", ref), new Input("steps", "denoising steps", n)));
    }

    /** Frames of the reference and of the outputs; a duration or rate stated on one side only is taken as equal. */
    private static Ratio frames(OutputSettings at, OutputSettings to, double k) {
        UncertainQuantity one = UncertainQuantity.number(1);
        UncertainQuantity refSeconds = one, seconds = one, refFps = one, fps = one;
        if (to.seconds() != null) {
            refSeconds = inSeconds(Check.positive(required(at.seconds(), "length", "5 s"), Dimension.TIME, Field.REFERENCE_LENGTH, "5 s"));
            seconds = inSeconds(Check.nonNegative(to.seconds(), Dimension.TIME, Field.LENGTH, "5 s"));
        } else if (at.seconds() != null) {
            refSeconds = seconds = inSeconds(at.seconds());
        }
        if (to.fps() != null) {
            refFps = Check.positive(required(at.fps(), "fps", "16"), Dimension.NONE, Field.REFERENCE_FPS, "16");
            fps = Check.nonNegative(to.fps(), Dimension.NONE, Field.FPS, "16");
        } else if (at.fps() != null) {
            refFps = fps = at.fps();
        }
        UncertainQuantity refFrames = refSeconds.times(refFps), frames = seconds.times(fps);
        return new Ratio(frames.dividedBy(refFrames).pow(k), "(f/f_ref)^k", true,
                List.of(new Input("f_ref", framesMeaning("reference frames", at, to), refFrames),
                        new Input("f", framesMeaning("frames", to, to), frames)));
    }

    /** A duration as a plain number of seconds (the base unit of time is the hour). */
    private static UncertainQuantity inSeconds(UncertainQuantity t) {
        return t.times(3600).as(Dimension.NONE);
    }

    private static String framesMeaning(String what, OutputSettings side, OutputSettings to) {
        List<String> parts = new ArrayList<>();
        if (side.seconds() != null && to.seconds() != null) parts.add(side.seconds().describe());
        if (side.fps() != null && to.fps() != null) parts.add(side.fps().describe() + " fps");
        String ratioOnly = to.seconds() == null || to.fps() == null ? "; the unstated factor is the same on both sides" : "";
        return what + " (" + String.join(" × ", parts) + ratioOnly + ")";
    }

    private static <T> T required(T reference, String setting, String example) {
        if (reference == null) {
            throw new InputError(referenceField(setting), "reference_" + setting, "the " + setting + " of the outputs is given but not the "
                    + setting + " the reference figure was measured at, so the energy cannot be scaled",
                    "give reference_" + setting + " " + example + " (the bundled figures do not publish it), or remove " + setting);
        }
        return reference;
    }

    private static Field referenceField(String setting) {
        return switch (setting) {
            case "resolution" -> Field.REFERENCE_RESOLUTION;
            case "steps" -> Field.REFERENCE_STEPS;
            case "length" -> Field.REFERENCE_LENGTH;
            default -> Field.REFERENCE_FPS;
        };
    }

    private record Input(String symbol, String meaning, UncertainQuantity value) {}

    /** One setting's ratio of outputs to reference (the factor it multiplies the energy by), and how the derivation shows it. */
    private record Ratio(UncertainQuantity factor, String formula, boolean usesExponent, List<Input> inputs) {}
}
