package org.gtrace.stdlib.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Estimated;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.QuantityColumns;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lifecycle totals of a model: training and inference energy and CO2e, training per output,
 * inference share, and break-even output count, each with its derivation. Every value is a
 * formula of the training runs' and workloads' inputs, so uncertain inputs propagate jointly
 * (one input shared by training and serving is drawn once); the {@code Quantity} accessors give
 * central values.
 */
public final class LifecycleEstimate implements Estimated {

    private final String name;
    private final UncertainQuantity trainingEnergy, trainingCo2e, inferenceEnergy, inferenceCo2e, outputs, lifetimeOutputs;
    private final UncertainQuantity trainingPerOutput, inferencePerOutput, inferenceShare, breakEvenOutputs;
    private final List<Derivation> derivations;
    private final List<String> notes;

    private LifecycleEstimate(String name, UncertainQuantity[] v, List<Derivation> derivations, List<String> notes) {
        this.name = name;
        trainingEnergy = v[0];
        trainingCo2e = v[1];
        inferenceEnergy = v[2];
        inferenceCo2e = v[3];
        outputs = v[4];
        lifetimeOutputs = v[5];
        trainingPerOutput = v[6];
        inferencePerOutput = v[7];
        inferenceShare = v[8];
        breakEvenOutputs = v[9];
        this.derivations = List.copyOf(derivations);
        this.notes = List.copyOf(notes);
    }

    static LifecycleEstimate compute(String name, List<Lifecycle.Served> trainings, List<Lifecycle.Served> served,
                                     UncertainQuantity lifetime) {
        UncertainQuantity tE = sum(trainings, Lifecycle.Served::energy), tC = sum(trainings, Lifecycle.Served::co2e);
        UncertainQuantity iE = sum(served, Lifecycle.Served::energy), iC = sum(served, Lifecycle.Served::co2e);
        UncertainQuantity n = sum(served, Lifecycle.Served::outputs);
        List<String> notes = new ArrayList<>();
        boolean given = lifetime != null;
        Source nSource = lifetime != null ? Source.userInput("lifecycle " + name)
                : Source.assumption("lifecycle.outputs", "outputs of the workloads given", "no lifetime output count given");
        if (lifetime == null) {
            if (!(n.low() > 0)) {
                throw new InputError(Field.LIFETIME_OUTPUTS, "the workloads of '" + name + "' have no outputs to amortise training over",
                        "give lifetime outputs such as 10B outputs");
            }
            lifetime = n;
            notes.add("training amortised over the workloads' " + DisplayUnits.number(n.centralBase()) + " outputs; give lifetime outputs to change it");
        }
        UncertainQuantity perInf = n.low() > 0 ? iC.dividedBy(n).as(Dimension.CO2E_PER_OUTPUT)
                : UncertainQuantity.of(new Quantity(0, Dimension.CO2E_PER_OUTPUT));
        if (given) {
            // one lifetime for both phases: the workloads' per-output figures, served over N_life outputs
            if (!(n.low() > 0)) {
                throw new InputError(Field.LIFETIME_OUTPUTS, "the workloads of '" + name + "' have no outputs to scale to the"
                        + " lifetime's", "give workloads with outputs, or leave out the lifetime output count");
            }
            iE = iE.dividedBy(n).times(lifetime).as(Dimension.ENERGY);
            iC = perInf.times(lifetime).as(Dimension.CO2E);
            notes.add("inference scaled to the " + DisplayUnits.number(lifetime.centralBase()) + " lifetime outputs at the"
                    + " workloads' energy and CO2e per output (they serve " + DisplayUnits.number(n.centralBase()) + ")");
            n = lifetime;
        }
        UncertainQuantity perTrain = tC.dividedBy(lifetime).as(Dimension.CO2E_PER_OUTPUT);
        UncertainQuantity share = share(iC, tC);
        UncertainQuantity breakEven;
        if (perInf.low() > 0) {
            breakEven = tC.dividedBy(perInf).as(Dimension.OUTPUTS);
        } else {
            breakEven = UncertainQuantity.of(Quantity.outputs(0));
            notes.add(perInf.isPoint() && perInf.centralBase() == 0 ? "inference emits nothing per output: no break-even point"
                    : "inference per output can be zero in some draws: no break-even point is given");
        }
        UncertainQuantity total = tC.plus(iC);
        List<Derivation> ds = List.of(
                Derivation.of("lifecycle CO2e of " + name, "C = C_train + C_inf")
                        .input("C_train", "training CO2e", tC, null).input("C_inf", "inference CO2e", iC, null).result(total),
                Derivation.of("inference share of " + name, "share = C_inf / (C_inf + C_train)")
                        .input("C_inf", "inference CO2e", iC, null).input("C_train", "training CO2e", tC, null).result(share),
                Derivation.of("break-even outputs of " + name, "N* = C_train / c_inf")
                        .input("C_train", "training CO2e", tC, null).input("c_inf", "inference CO2e per output", perInf, null)
                        .result(breakEven),
                Derivation.of("training CO2e per output of " + name, "c_train = C_train / N_life")
                        .input("C_train", "training CO2e", tC, null).input("N_life", "lifetime outputs", lifetime, nSource)
                        .result(perTrain));
        UncertainQuantity[] v = {tE, tC, iE, iC, n, lifetime, perTrain, perInf, share, breakEven};
        return new LifecycleEstimate(name, v, ds, notes);
    }

    private static UncertainQuantity share(UncertainQuantity iC, UncertainQuantity tC) {
        UncertainQuantity total = iC.plus(tC);
        if (total.low() > 0) return iC.dividedBy(total);
        return UncertainQuantity.number(LifecycleEquations.inferenceShare(iC.centralBase(), tC.centralBase()));
    }

    private static UncertainQuantity sum(List<Lifecycle.Served> parts, java.util.function.Function<Lifecycle.Served, UncertainQuantity> f) {
        UncertainQuantity s = null;
        for (Lifecycle.Served p : parts) s = s == null ? f.apply(p) : s.plus(f.apply(p));
        return s;
    }

    public String name() { return name; }
    public Quantity trainingEnergy() { return trainingEnergy.central(); }
    public Quantity trainingCo2e() { return trainingCo2e.central(); }
    public Quantity inferenceEnergy() { return inferenceEnergy.central(); }
    public Quantity inferenceCo2e() { return inferenceCo2e.central(); }
    public Quantity outputs() { return outputs.central(); }
    public Quantity lifetimeOutputs() { return lifetimeOutputs.central(); }
    public Quantity trainingPerOutput() { return trainingPerOutput.central(); }
    public Quantity inferencePerOutput() { return inferencePerOutput.central(); }
    public Quantity lifecyclePerOutput() { return trainingPerOutput.plus(inferencePerOutput).central(); }
    public Quantity inferenceShare() { return inferenceShare.central(); }
    public Quantity breakEvenOutputs() { return breakEvenOutputs.central(); }
    public Quantity totalEnergy() { return trainingEnergy.plus(inferenceEnergy).central(); }
    public Quantity totalCo2e() { return derivations.get(0).result(); }
    public List<Derivation> derivations() { return derivations; }
    public List<String> notes() { return notes; }

    private UncertainQuantity totalEnergyValue() {
        return trainingEnergy.plus(inferenceEnergy);
    }

    private UncertainQuantity totalCo2eValue() {
        return derivations.get(0).uncertain() != null ? derivations.get(0).uncertain() : UncertainQuantity.of(totalCo2e());
    }

    @Override
    public List<Formula> headline() {
        return List.of(totalCo2eValue().formula(), inferenceShare.formula(), breakEvenOutputs.formula());
    }

    @Override
    public List<Formula> formulas() {
        List<Formula> out = new ArrayList<>(headline());
        for (UncertainQuantity q : List.of(trainingEnergy, trainingCo2e, inferenceEnergy, inferenceCo2e, trainingPerOutput)) {
            out.add(q.formula());
        }
        out.add(totalEnergyValue().formula());
        for (Derivation d : derivations) out.addAll(d.formulas());
        return out;
    }

    /** Energy and CO2e by phase (training, inference) with each phase's share. */
    public Table byPhase() {
        return byPhase(Statistics.central());
    }

    public Table byPhase(Statistics s) {
        double[] e = {s.value(trainingEnergy).base(), s.value(inferenceEnergy).base()};
        double[] c = {s.value(trainingCo2e).base(), s.value(inferenceCo2e).base()};
        double share = s.value(inferenceShare).base();
        return Table.create("Lifecycle of " + name + " by phase" + (s.uncertain() ? " (means)" : ""),
                StringColumn.create("phase", new String[] {"training", "inference"}),
                QuantityColumns.quantity("energy", Dimension.ENERGY, e), QuantityColumns.quantity("CO2e", Dimension.CO2E, c),
                QuantityColumns.inUnit("share of CO2e", "%", new double[] {1 - share, share}));
    }

    public Report toReport(int line) {
        return toReport(line, Statistics.central());
    }

    public Report toReport(int line, Statistics s) {
        List<Metric> metrics = List.of(
                s.metric(Measure.ENERGY, totalEnergyValue(), null),
                s.metric(Measure.CO2E, totalCo2eValue(), derivations.get(0)),
                s.metric(Measure.INFERENCE_SHARE, inferenceShare, derivations.get(1)).shownIn(Units.parse("%")),
                s.metric(Measure.BREAK_EVEN_OUTPUTS, breakEvenOutputs, derivations.get(2)),
                s.metric(Measure.TRAINING_CO2E_PER_OUTPUT, trainingPerOutput, derivations.get(3)));
        double tC = s.value(trainingCo2e).base(), iC = s.value(inferenceCo2e).base();
        Unit u = QuantityColumns.unitFor(Dimension.CO2E, Math.max(tC, iC));
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, "CO2e of " + name + " by phase", "phase", "CO2e (" + u.symbol() + ")",
                u.symbol(), List.of("training", "inference"), List.of(ChartSpec.Series.of("CO2e", u.fromBase(tC), u.fromBase(iC))),
                "G-TRACE estimate from the declared training run and workloads");
        List<ChartSpec> charts = new ArrayList<>(List.of(chart));
        charts.addAll(s.tornadoes(metrics.subList(1, 2), List.of(totalCo2eValue())));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(s.notes(metrics));
        return new Report(line, name, "Lifecycle of " + name, metrics, byPhase(s), charts, null, allNotes);
    }
}
