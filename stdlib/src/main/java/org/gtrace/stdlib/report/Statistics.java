package org.gtrace.stdlib.report;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.uncertainty.Correlation;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.McResult;
import org.gtrace.stdlib.uncertainty.MonteCarlo;
import org.gtrace.stdlib.uncertainty.ProgressListener;
import org.gtrace.stdlib.uncertainty.Propagated;
import org.gtrace.stdlib.uncertainty.Propagation;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;

/**
 * The one set of statistics a report shows: with no uncertain input, values at their central
 * values; otherwise one Monte Carlo run of all the estimate's formulas, whose mean, band and
 * standard error then fill the headline, the tables, the derivations and the charts alike.
 */
public final class Statistics {

    private static final Statistics CENTRAL = new Statistics(null);

    private final Propagated run;

    private Statistics(Propagated run) {
        this.run = run;
    }

    /** Values at their central values (no run). */
    public static Statistics central() {
        return CENTRAL;
    }

    /** The statistics of a run already made. */
    public static Statistics of(Propagated run) {
        return new Statistics(run);
    }

    /**
     * Propagates {@code e}'s formulas when any is uncertain (sensitivity measured for its
     * headline), or gives {@link #central()} when none is.
     */
    public static Statistics of(Estimated e, MonteCarlo.Settings settings, List<Correlation> correlations,
                                ProgressListener listener) {
        List<Formula> all = e.formulas();
        if (all.stream().allMatch(Formula::isConstant)) return CENTRAL;
        Propagated p = Propagation.of(all).withSensitivity(e.headline().stream().filter(f -> !f.isConstant()).toList())
                .withBandsOnlyFor(e.banded()).withCorrelations(correlations).run(settings, listener);
        return new Statistics(p);
    }

    /** Whether values come from a Monte Carlo run. */
    public boolean uncertain() {
        return run != null;
    }

    /** The run, or null. */
    public Propagated run() {
        return run;
    }

    /** The run's result for {@code q}, or null when {@code q} is a point or was not run. */
    public McResult of(UncertainQuantity q) {
        return run == null || q.isPoint() || !run.has(q.formula()) ? null : run.of(q.formula());
    }

    /** The value shown for {@code q}: its mean under uncertainty, else its central value. */
    public Quantity value(UncertainQuantity q) {
        McResult r = of(q);
        return r == null ? q.central() : new Quantity(r.mean(), q.dimension());
    }

    /** A headline metric of {@code q}: the mean with its band under uncertainty, else the point. */
    public Metric metric(Measure measure, String name, UncertainQuantity q, Derivation d) {
        McResult r = of(q);
        Derivation shown = derivation(d);
        if (r == null) return Metric.point(measure, name, q.central(), shown);
        if (Double.isNaN(r.p5())) return Metric.point(measure, name, new Quantity(r.mean(), q.dimension()), shown);
        return Metric.of(measure, name, r, q.dimension(), shown);
    }

    public Metric metric(Measure measure, UncertainQuantity q, Derivation d) {
        return metric(measure, measure.label(), q, d);
    }

    /** The derivation with each uncertain result's mean and band in place of its central value. */
    public Derivation derivation(Derivation d) {
        if (d == null || run == null) return d;
        return d.summarised(f -> run.has(f) && !f.isConstant() ? run.of(f) : null);
    }

    /** A tornado chart for each uncertain metric whose formula was measured for sensitivity. */
    public List<ChartSpec> tornadoes(List<Metric> metrics, List<UncertainQuantity> values) {
        List<ChartSpec> out = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            McResult r = of(values.get(i));
            if (r == null || r.sensitivity().isEmpty()) continue;
            out.add(UncertaintyReport.tornado(r, metrics.get(i).name(),
                    DisplayUnits.choose(values.get(i).dimension(), r.mean())));
        }
        return out;
    }

    /** What a report of an uncertain result says about how it was computed, and when its Monte Carlo error is large. */
    public List<String> notes(List<Metric> metrics) {
        if (run == null) return List.of();
        List<String> out = new ArrayList<>();
        out.add(UncertaintyReport.method(run.samples(), run.seed()) + "; tables show means.");
        for (Metric m : metrics) {
            if (m.isUncertain() && m.band().imprecise(m.value())) {
                out.add(m.name() + ": the Monte Carlo error (" + m.format(m.standardError()) + ") is large next to the result;"
                        + " raise the sample count (set samples 100K)");
            }
        }
        return out;
    }
}
