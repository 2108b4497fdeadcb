package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Estimated;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;

/**
 * The Software Carbon Intensity of a workload (ISO/IEC 21031:2024, the Green Software
 * Foundation's SCI): SCI = ((E × I) + M) / R, with E its energy, I a location-based intensity
 * (the specification refuses market-based instruments), M the embodied emissions of its hardware
 * and R the count of its functional unit (queries, tokens, seconds of video, or the user's own).
 */
public final class SciScore implements Estimated {

    private final String name;
    private final String unit;
    private final UncertainQuantity operational, embodied, perUnit, r;
    private final InferenceEstimate workload;
    private final Derivation derivation;

    private SciScore(String name, String unit, InferenceEstimate w, UncertainQuantity r) {
        this.name = name;
        this.unit = unit;
        this.workload = w;
        this.r = r;
        this.embodied = w.embodiedValue();
        this.operational = w.co2eValue().minus(embodied).as(Dimension.CO2E);
        this.perUnit = operational.plus(embodied).dividedBy(r).as(Dimension.CO2E);
        this.derivation = Derivation.of("SCI of " + name + " per " + unit, "SCI = (E × I + M) / R")
                .input("E × I", "operational CO2e, location-based", operational, null)
                .input("M", "embodied CO2e of the hardware", embodied, embodied.isPoint() && embodied.centralBase() == 0
                        ? Source.assumption("sci.embodied.none", "no embodied emissions given",
                        "the workload carries none: give embodied, or use the text model, to include them") : null)
                .input("R", unit + " (the functional unit)", r, Source.userInput("sci " + name))
                .step(w.co2eDerivation())
                .result(perUnit);
    }

    /** The SCI of {@code w} per one {@code unit}, of which it serves {@code r}; market-based grids are refused. */
    public static SciScore of(InferenceEstimate w, String unit, UncertainQuantity r) {
        for (RegionResult region : w.byRegion()) {
            if (region.grid().basis().accounting() != GridBasis.Accounting.LOCATION) {
                throw new InputError(Field.BASIS, "SCI needs a location-based intensity (ISO/IEC 21031), and '" + w.name()
                        + "' uses a " + region.grid().basis().describe() + " one in " + region.region().id(),
                        "score a scenario of it on a location-based grid: scenario w_location from " + w.name() + " < region ... >");
            }
        }
        if (!(r.low() > 0)) {
            throw new InputError(Field.WHOLE, "sci", "the functional unit's count must be greater than 0 (got " + r.describe() + ")",
                    "give what the workload serves, such as per query");
        }
        return new SciScore(w.name(), unit, w, r);
    }

    public UncertainQuantity value() {
        return perUnit;
    }

    public Derivation derivation() {
        return derivation;
    }

    @Override
    public List<Formula> headline() {
        return List.of(perUnit.formula());
    }

    @Override
    public List<Formula> formulas() {
        List<Formula> out = new ArrayList<>(headline());
        out.addAll(derivation.formulas());
        out.addAll(workload.formulas());
        return out;
    }

    @Override
    public List<Formula> banded() {
        List<Formula> out = new ArrayList<>(headline());
        out.addAll(derivation.formulas());
        return out;
    }

    public Report toReport(int line, Statistics s) {
        // the parts (E × I, M, R) are the derivation's inputs, so explain shows them with their sources
        List<Metric> metrics = List.of(s.metric(Measure.SCI, "SCI per " + unit, perUnit, derivation));
        List<String> notes = new ArrayList<>();
        notes.add("SCI = (E × I + M) / R (ISO/IEC 21031:2024), location-based intensity, per " + unit);
        notes.addAll(workload.notes());
        notes.addAll(s.notes(metrics));
        return new Report(line, name, "SCI of " + name + " per " + unit, metrics, null, List.of(), null, notes);
    }
}
