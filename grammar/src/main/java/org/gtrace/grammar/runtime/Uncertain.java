package org.gtrace.grammar.runtime;

import java.util.List;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * An uncertain input as the program wrote it: which distribution and its parameters, in base
 * units. The uncertainty engine turns it into samples; point estimates use {@link #central()}.
 *
 * @param kind   range (uniform low..high), spread (centre ± relative or absolute), lognormal
 *               (median, spread factor), normal (mean, sd), uniform, triangular (low, mode, high),
 *               empirical (the samples)
 * @param params the parameters in order, as quantities
 * @param relative for spread: true when the spread was a percentage of the centre
 */
public record Uncertain(String kind, List<Quantity> params, boolean relative) {

    public Uncertain {
        params = List.copyOf(params);
        if (params.isEmpty()) throw new IllegalArgumentException("an uncertain value needs parameters");
    }

    public Dimension dimension() {
        return params.get(0).dimension();
    }

    /** The central value: the midpoint of a range, the centre of a spread, a median, a mean, a mode. */
    public Quantity central() {
        return switch (kind) {
            case "range", "uniform" -> params.get(0).plus(params.get(1)).times(0.5);
            case "triangular" -> params.get(1);
            case "empirical" -> mean();
            default -> params.get(0);
        };
    }

    private Quantity mean() {
        double sum = 0;
        for (Quantity q : params) sum += q.base();
        return new Quantity(sum / params.size(), dimension());
    }

    /** The same distribution scaled by a constant factor (a plain number or a quantity). */
    public Uncertain times(Quantity k) {
        if (kind.equals("spread") && relative) {
            return new Uncertain(kind, List.of(params.get(0).times(k), params.get(1)), true);
        }
        if (kind.equals("lognormal")) {
            return new Uncertain(kind, List.of(params.get(0).times(k), params.get(1)), false);
        }
        return new Uncertain(kind, params.stream().map(p -> p.times(k)).toList(), relative);
    }

    @Override
    public String toString() {
        return central().format() + " (" + kind + ")";
    }

    /** The stdlib distribution this value denotes, in base units; throws IllegalArgumentException on bad parameters. */
    public Distribution toDistribution() {
        List<Quantity> p = params;
        return switch (kind) {
            case "range", "uniform" -> Distribution.range(p.get(0).base(), p.get(1).base());
            case "spread" -> relative ? Distribution.plusMinusPercent(p.get(0).base(), p.get(1).base() * 100)
                    : Distribution.plusMinus(p.get(0).base(), p.get(1).base());
            case "lognormal" -> Distribution.lognormal(p.get(0).base(), p.get(1).base());
            case "normal" -> Distribution.normal(p.get(0).base(), p.get(1).base());
            case "triangular" -> Distribution.triangular(p.get(0).base(), p.get(1).base(), p.get(2).base());
            case "empirical" -> Distribution.empirical(p.stream().mapToDouble(Quantity::base).toArray());
            default -> throw new IllegalArgumentException("unknown distribution '" + kind + "'");
        };
    }
}
