package org.gtrace.grammar.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions a program can call: distributions of uncertain inputs, adoption curves and
 * counts for the simulation, and aggregates over table columns. Each has a signature the
 * checker enforces; the runtime side lives in the compiler's value evaluator.
 */
public final class Functions {

    /** How a parameter relates to the others. */
    public enum Param {
        /** Any quantity; sets the dimension the other SAME parameters must share. */
        FIRST,
        /** The dimension of the first argument, or a percentage of it. */
        SAME,
        /** A plain number. */
        NUMBER,
        /** A plain number of days or a time. */
        DAYS,
        /** A share: a plain number between 0 and 1, or a percentage. */
        SHARE,
        /** The id of a figure in the bundled literature table, quoted or not. */
        FIGURE_ID
    }

    /** What a call returns. */
    public enum Result { AS_FIRST, CURVE, COUNT_DISTRIBUTION, NUMBER, FIGURE }

    /**
     * @param params   positional parameter kinds; with {@code variadic} the last repeats
     * @param names    parameter names, for named arguments
     * @param required how many leading parameters must be given
     */
    public record Spec(String name, List<Param> params, List<String> names, int required, boolean variadic,
                       Result result, String doc) {}

    private static final Map<String, Spec> SPECS = build();

    private Functions() {}

    public static Optional<Spec> get(String name) {
        return Optional.ofNullable(SPECS.get(name));
    }

    public static Map<String, Spec> all() {
        return SPECS;
    }

    private static Map<String, Spec> build() {
        Map<String, Spec> m = new LinkedHashMap<>();
        add(m, new Spec("lognormal", List.of(Param.FIRST, Param.NUMBER), List.of("median", "spread"), 2, false,
                Result.AS_FIRST, "Lognormal with the given median and geometric spread (≥ 1): `lognormal(0.006 kWh, 1.5)`."));
        add(m, new Spec("normal", List.of(Param.FIRST, Param.SAME), List.of("mean", "sd"), 2, false,
                Result.AS_FIRST, "Normal with mean and standard deviation (or a percentage of the mean); not truncated, so keep the mean several sd above zero."));
        add(m, new Spec("uniform", List.of(Param.FIRST, Param.SAME), List.of("low", "high"), 2, false,
                Result.AS_FIRST, "Uniform between two bounds; the same as `low .. high`."));
        add(m, new Spec("triangular", List.of(Param.FIRST, Param.SAME, Param.SAME), List.of("low", "mode", "high"), 3,
                false, Result.AS_FIRST, "Triangular with low, mode and high."));
        add(m, new Spec("empirical", List.of(Param.FIRST, Param.SAME), List.of("sample", "sample"), 1, true,
                Result.AS_FIRST, "Resamples the values given, or a table column: `empirical(telemetry.energy)`."));
        add(m, new Spec("poisson", List.of(Param.NUMBER), List.of("mean"), 1, false,
                Result.COUNT_DISTRIBUTION, "Poisson count with the given mean (outputs per user per day)."));
        add(m, new Spec("negbin", List.of(Param.NUMBER, Param.NUMBER), List.of("mean", "dispersion"), 2, false,
                Result.COUNT_DISTRIBUTION, "Negative binomial count with mean and dispersion (heavier tail than Poisson)."));
        add(m, new Spec("logistic", List.of(Param.DAYS, Param.DAYS, Param.DAYS, Param.SHARE),
                List.of("peak", "width", "decay", "ceiling"), 2, false, Result.CURVE,
                "Logistic rise to the peak day with the given width, then exponential decay; ceiling is the top share of users active."));
        add(m, new Spec("bass", List.of(Param.NUMBER, Param.NUMBER, Param.DAYS, Param.SHARE),
                List.of("p", "q", "decay", "ceiling"), 2, false, Result.CURVE,
                "Bass diffusion with innovation p and imitation q per day."));
        for (String agg : List.of("sum", "mean", "min", "max")) {
            add(m, new Spec(agg, List.of(Param.FIRST), List.of("column"), 1, false, Result.AS_FIRST,
                    "The " + agg + " of a table column: `" + agg + "(telemetry.energy)`."));
        }
        add(m, new Spec("count", List.of(Param.FIRST), List.of("column"), 1, false, Result.NUMBER,
                "How many rows a table column has."));
        add(m, new Spec("figure", List.of(Param.FIGURE_ID), List.of("id"), 1, false, Result.FIGURE,
                "A published figure from the bundled literature table, with its unit: `figure(case.ghibli.energy)`;"
                        + " `explain` shows its source."));
        return Collections.unmodifiableMap(m);
    }

    /** A figure id as written: "a.b.c", a dotted word, or member access that reads back as one. */
    public static String figureId(org.gtrace.grammar.ast.Expr e) {
        if (e instanceof org.gtrace.grammar.ast.Expr.Text t) return t.value();
        return PropertyChecker.flatten(e);
    }

    /** The distributions: a call to one of these writes an uncertain value. */
    private static final java.util.Set<String> DISTRIBUTIONS = java.util.Set.of("lognormal", "normal", "uniform", "triangular", "empirical");

    /** The fix for an uncertain value where a property needs one number, given the property's example. */
    public static String oneNumberFix(String example) {
        return "write one number, as in " + example + (example.startsWith("set ") ? "" : "; to compare values, declare a scenario for each");
    }

    /** True when {@code e} is written as an uncertain value: a range, a ± or a distribution. */
    public static boolean writesUncertainty(org.gtrace.grammar.ast.Expr e) {
        return e instanceof org.gtrace.grammar.ast.Expr.Range || e instanceof org.gtrace.grammar.ast.Expr.Spread
                || e instanceof org.gtrace.grammar.ast.Expr.Call c && DISTRIBUTIONS.contains(c.function().text());
    }

    /**
     * The fix for a lognormal spread below 1. A spread of 0.1 was most likely meant as ±10% at one
     * standard deviation, so the suggestion keeps the user's median and writes that factor.
     */
    public static String lognormalSpreadFix(String median, double spread) {
        String g = spread > 0 && spread < 1 ? twoDigits(1 + spread) : "1.5";
        return "write lognormal(" + (median == null ? "0.006 kWh" : median) + ", " + g + "): " + g
                + " means ×/÷ " + g + " at one standard deviation";
    }

    /**
     * The lognormal with the band of a ± too wide for a normal: ± p is ±2σ, so the factor at 2σ
     * is 1 + p and at one σ its square root.
     */
    public static String wideSpreadFix(String median, double spread) {
        String g = twoDigits(Math.sqrt(1 + spread));
        return "use a lognormal for wide spreads: lognormal(" + (median == null ? "0.006 kWh" : median) + ", " + g
                + ") is ×/÷ " + g + " at one standard deviation";
    }

    private static String twoDigits(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    private static void add(Map<String, Spec> m, Spec s) {
        m.put(s.name(), s);
    }
}
