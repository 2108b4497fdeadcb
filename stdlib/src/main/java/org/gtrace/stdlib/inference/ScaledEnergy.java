package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * A per-output energy moved from the settings its figure was measured at to other settings:
 * e = e_ref × (px/px_ref)^(k/2) × (f/f_ref)^k × (steps/steps_ref), with frames f = seconds × fps.
 *
 * <p>Only the settings stated for the outputs enter the formula; a setting stated for the outputs
 * must also be stated for the reference, because the bundled figures do not publish theirs and a
 * guessed reference would be an invented number. A setting stated only for the reference leaves
 * the outputs at that setting (factor 1).
 */
public final class ScaledEnergy {

    private ScaledEnergy() {}

    /** With the cited exponent k (video.scaling.resolution_exponent). */
    public static EnergyPerOutput of(EnergyPerOutput reference, OutputSettings at, OutputSettings to, String where) {
        Figure k = LiteratureFigures.get(ParametricEnergy.RESOLUTION_EXPONENT);
        return of(reference, at, to, Quantity.number(k.value()), k.source(), where);
    }

    /** With your own exponent k, in pixels per side and in frames (2: quadratic). */
    public static EnergyPerOutput of(EnergyPerOutput reference, OutputSettings at, OutputSettings to, Quantity k, String where) {
        Check.nonNegative(k, Dimension.NONE, "scaling exponent", "2");
        return of(reference, at, to, k, Source.userInput(where), where);
    }

    static EnergyPerOutput of(EnergyPerOutput reference, OutputSettings at, OutputSettings to, Quantity k, Source kSource,
                              String where) {
        Ratio px = to.resolution() == null ? Ratio.NONE : pixels(at, to);
        Ratio f = to.seconds() == null && to.fps() == null ? Ratio.NONE : frames(at, to);
        Ratio n = to.steps() == null ? Ratio.NONE : steps(at, to);
        double e = InferenceEquations.videoKwhPerOutput(reference.kwhPerOutput(), px.reference(), px.value(), f.reference(),
                f.value(), n.reference(), n.value(), k.base(), k.base());
        Quantity value = new Quantity(Check.finite(e, "scaled energy per output"), Dimension.ENERGY_PER_OUTPUT);
        List<Ratio> stated = List.of(px, f, n).stream().filter(r -> r != Ratio.NONE).toList();
        StringBuilder formula = new StringBuilder("e = e_ref");
        for (Ratio r : stated) formula.append(" × ").append(r.formula());
        Derivation.Builder d = Derivation.of("energy per output at the stated settings", formula.toString())
                .input("e_ref", "energy per output at the reference settings", reference.value(), reference.source());
        Source input = Source.userInput(where);
        for (Ratio r : stated) {
            for (Input i : r.inputs()) d.input(i.symbol(), i.meaning(), i.value(), input);
        }
        if (px != Ratio.NONE || f != Ratio.NONE) d.input("k", "energy exponent in pixels per side and in frames", k, kSource);
        return new EnergyPerOutput(value, reference.boundary(), reference.source(), d.step(reference.derivation()).result(value));
    }

    private static Ratio pixels(OutputSettings at, OutputSettings to) {
        Resolution ref = required(at.resolution(), "resolution", "1024x1024");
        return new Ratio(ref.pixels(), to.resolution().pixels(), "(px/px_ref)^(k/2)",
                List.of(new Input("px_ref", "reference pixels (" + ref + ")", Quantity.number(ref.pixels())),
                        new Input("px", "pixels (" + to.resolution() + ")", Quantity.number(to.resolution().pixels()))));
    }

    private static Ratio steps(OutputSettings at, OutputSettings to) {
        Quantity ref = Check.positive(required(at.steps(), "steps", "50"), Dimension.NONE, "reference steps", "50");
        Check.nonNegative(to.steps(), Dimension.NONE, "steps", "30");
        return new Ratio(ref.base(), to.steps().base(), "(steps/steps_ref)",
                List.of(new Input("steps_ref", "reference denoising steps", ref), new Input("steps", "denoising steps", to.steps())));
    }

    /** Frames of the reference and of the outputs; a duration or rate stated on one side only is taken as equal. */
    private static Ratio frames(OutputSettings at, OutputSettings to) {
        double refSeconds = 1;
        double seconds = 1;
        if (to.seconds() != null) {
            refSeconds = Check.positive(required(at.seconds(), "length", "5 s"), Dimension.TIME, "reference length", "5 s").in("s");
            seconds = Check.nonNegative(to.seconds(), Dimension.TIME, "length", "5 s").in("s");
        }
        double refFps = 1;
        double fps = 1;
        if (to.fps() != null) {
            refFps = Check.positive(required(at.fps(), "fps", "16"), Dimension.NONE, "reference fps", "16").base();
            fps = Check.nonNegative(to.fps(), Dimension.NONE, "fps", "16").base();
        } else if (at.fps() != null) {
            refFps = at.fps().base();
            fps = refFps;
        }
        if (to.seconds() == null && at.seconds() != null) {
            refSeconds = at.seconds().in("s");
            seconds = refSeconds;
        }
        return new Ratio(refSeconds * refFps, seconds * fps, "(f/f_ref)^k",
                List.of(new Input("f_ref", framesMeaning("reference frames", at, to), Quantity.number(refSeconds * refFps)),
                        new Input("f", framesMeaning("frames", to, to), Quantity.number(seconds * fps))));
    }

    private static String framesMeaning(String what, OutputSettings side, OutputSettings to) {
        List<String> parts = new ArrayList<>();
        if (side.seconds() != null && to.seconds() != null) parts.add(side.seconds().format());
        if (side.fps() != null && to.fps() != null) parts.add(side.fps().format() + " fps");
        String ratioOnly = to.seconds() == null || to.fps() == null ? "; the unstated factor is the same on both sides" : "";
        return what + " (" + String.join(" × ", parts) + ratioOnly + ")";
    }

    private static <T> T required(T reference, String setting, String example) {
        if (reference == null) {
            throw new InputError("reference_" + setting, "the " + setting + " of the outputs is given but not the " + setting
                    + " the reference figure was measured at, so the energy cannot be scaled",
                    "give reference_" + setting + " " + example + " (the bundled figures do not publish it), or remove " + setting);
        }
        return reference;
    }

    private record Input(String symbol, String meaning, Quantity value) {}

    /** One setting's ratio of outputs to reference, and how the derivation shows it. */
    private record Ratio(double reference, double value, String formula, List<Input> inputs) {
        static final Ratio NONE = new Ratio(1, 1, "", List.of());
    }
}
