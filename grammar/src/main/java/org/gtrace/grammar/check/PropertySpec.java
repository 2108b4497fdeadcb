package org.gtrace.grammar.check;

import java.util.List;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.units.Dimension;

/**
 * What one property accepts: its shape, the dimensions a quantity may have, and its range.
 *
 * @param name     the property word
 * @param shape    what kind of value it takes
 * @param dims     accepted dimensions (QUANTITY and DISTRIBUTION shapes)
 * @param min      lowest allowed value in base units (inclusive), or -infinity
 * @param max      highest allowed value in base units (inclusive), or +infinity
 * @param options  accepted words (WORD shape)
 * @param example  a correct use, shown in hints: "energy 0.006 kWh"
 * @param doc      one sentence: what it means, and where its default comes from
 * @param field    the core input it gives, so a core error about that input is placed at it (null when none)
 */
public record PropertySpec(String name, Shape shape, List<Dimension> dims, double min, double max,
                           List<String> options, String example, String doc, Field field) {

    /** What a property's value looks like. */
    public enum Shape {
        /** A quantity (possibly uncertain) of one of {@code dims}. */
        QUANTITY,
        /** One number of one of {@code dims}, never drawn: what sets the run itself (users, days, a seed). */
        NUMBER,
        /** A region word, or a split: {@code US 40%, FR 60%}. */
        REGIONS,
        /** One region word. */
        REGION,
        /** Two or more region words, or a split with shares: {@code FRA, DEU} or {@code FRA 40%, DEU 60%}. */
        BLEND,
        /** An accelerator word or string. */
        ACCELERATOR,
        /** One of {@code options}. */
        WORD,
        /** One or more of {@code options}, separated by commas: {@code basis market, direct}. */
        WORDS,
        /** Written alone, or followed by yes/no/true/false. */
        FLAG,
        /** logistic(...) or bass(...). */
        CURVE,
        /** A count per day: a number, or poisson(...)/negbin(...). */
        COUNT,
        /** An image or video resolution, 1024x1024. */
        PIXELS,
        /** A string, or a preset word. */
        TEXT,
        /** Pairs of property names with a rank correlation: {@code energy, pue 70%}. */
        CORRELATION
    }

    public PropertySpec {
        dims = List.copyOf(dims);
        options = List.copyOf(options);
    }

    static PropertySpec quantity(String name, List<Dimension> dims, double min, double max, String example, String doc) {
        return new PropertySpec(name, Shape.QUANTITY, dims, min, max, List.of(), example, doc, null);
    }

    /** One number that sets the run (users, days, a seed): an uncertain value there is an error, not its centre. */
    static PropertySpec number(String name, List<Dimension> dims, double min, double max, String example, String doc) {
        return new PropertySpec(name, Shape.NUMBER, dims, min, max, List.of(), example, doc, null);
    }

    static PropertySpec of(String name, Shape shape, String example, String doc) {
        return new PropertySpec(name, shape, List.of(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                List.of(), example, doc, null);
    }

    static PropertySpec words(String name, List<String> options, String example, String doc) {
        return new PropertySpec(name, Shape.WORDS, List.of(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                options, example, doc, null);
    }

    static PropertySpec word(String name, List<String> options, String example, String doc) {
        return new PropertySpec(name, Shape.WORD, List.of(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                options, example, doc, null);
    }

    /** The same property, giving the core input {@code f}. */
    PropertySpec giving(Field f) {
        return new PropertySpec(name, shape, dims, min, max, options, example, doc, f);
    }

    /** "energy 0.006 kWh" for the hint, or what the range means. */
    public String describeRange() {
        boolean lo = Double.isFinite(min);
        boolean hi = Double.isFinite(max);
        if (lo && hi && min == 0 && max == 1 && dims.contains(Dimension.NONE)) return "between 0% and 100%";
        if (lo && hi) return "between " + fmt(min) + " and " + fmt(max);
        if (lo) return "at least " + fmt(min);
        if (hi) return "at most " + fmt(max);
        return "any value";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
