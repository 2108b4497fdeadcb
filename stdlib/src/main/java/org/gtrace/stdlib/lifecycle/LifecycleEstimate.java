package org.gtrace.stdlib.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.QuantityColumns;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Unit;
import org.gtrace.stdlib.units.Units;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lifecycle totals of a model: training and inference energy and CO2e, training per output,
 * inference share, and break-even output count, each with its derivation.
 *
 * @param name                 the model
 * @param trainingEnergy       energy of all training runs
 * @param trainingCo2e         CO2e of all training runs (operational + embodied)
 * @param inferenceEnergy      energy of all inference workloads
 * @param inferenceCo2e        CO2e of all inference workloads
 * @param outputs              outputs of the inference workloads
 * @param lifetimeOutputs      outputs training is amortised over
 * @param trainingPerOutput    training CO2e charged to each output
 * @param inferencePerOutput   inference CO2e per output (average over workloads)
 * @param lifecyclePerOutput   the two together
 * @param inferenceShare       inference CO2e over the total, 0-1
 * @param breakEvenOutputs     outputs at which inference CO2e equals training CO2e (zero when inference emits nothing)
 * @param totalEnergy          training + inference energy
 * @param totalCo2e            training + inference CO2e
 * @param derivations          per headline number: total, share, break-even, per output
 * @param notes                sentences for the output
 */
public record LifecycleEstimate(String name, Quantity trainingEnergy, Quantity trainingCo2e, Quantity inferenceEnergy,
                                Quantity inferenceCo2e, Quantity outputs, Quantity lifetimeOutputs,
                                Quantity trainingPerOutput, Quantity inferencePerOutput, Quantity lifecyclePerOutput,
                                Quantity inferenceShare, Quantity breakEvenOutputs, Quantity totalEnergy, Quantity totalCo2e,
                                List<Derivation> derivations, List<String> notes) {

    public LifecycleEstimate {
        derivations = List.copyOf(derivations);
        notes = List.copyOf(notes);
    }

    static LifecycleEstimate compute(String name, List<TrainingEstimate> ts, List<Lifecycle.Served> is, Quantity lifetime) {
        double tE = 0, tC = 0, iE = 0, iC = 0, n = 0;
        for (TrainingEstimate t : ts) { tE += t.energy().base(); tC += t.co2e().base(); }
        for (Lifecycle.Served i : is) { iE += i.energy().base(); iC += i.co2e().base(); n += i.outputs().base(); }
        List<String> notes = new ArrayList<>();
        Source nSource = lifetime != null ? Source.userInput("lifecycle " + name)
                : Source.assumption("lifecycle.outputs", "outputs of the workloads given", "no lifetime output count given");
        if (lifetime == null) {
            if (n <= 0) throw new InputError("lifetime outputs", "the workloads of '" + name + "' have no outputs to amortise training over",
                    "give lifetime outputs such as 10B outputs");
            lifetime = Quantity.outputs(n);
            notes.add("training amortised over the workloads' " + DisplayUnits.number(n) + " outputs; give lifetime outputs to change it");
        }
        double perInf = n == 0 ? 0 : iC / n;
        double perTrain = LifecycleEquations.amortisedPerOutput(tC, lifetime.base());
        double share = LifecycleEquations.inferenceShare(iC, tC);
        double breakEven = perInf == 0 ? 0 : LifecycleEquations.breakEvenOutputs(tC, perInf);
        if (perInf == 0) notes.add("inference emits nothing per output: no break-even point");
        Quantity qt = Quantity.kgCO2e(tC), qi = Quantity.kgCO2e(iC), qn = lifetime;
        Quantity qPerT = new Quantity(perTrain, Dimension.CO2E_PER_OUTPUT), qPerI = new Quantity(perInf, Dimension.CO2E_PER_OUTPUT);
        Quantity qShare = Quantity.number(share), qBreak = Quantity.outputs(breakEven);
        Quantity total = Quantity.kgCO2e(tC + iC);
        List<Derivation> ds = List.of(
                Derivation.of("lifecycle CO2e of " + name, "C = C_train + C_inf")
                        .input("C_train", "training CO2e", qt, null).input("C_inf", "inference CO2e", qi, null).result(total),
                Derivation.of("inference share of " + name, "share = C_inf / (C_inf + C_train)")
                        .input("C_inf", "inference CO2e", qi, null).input("C_train", "training CO2e", qt, null).result(qShare),
                Derivation.of("break-even outputs of " + name, "N* = C_train / c_inf")
                        .input("C_train", "training CO2e", qt, null).input("c_inf", "inference CO2e per output", qPerI, null).result(qBreak),
                Derivation.of("training CO2e per output of " + name, "c_train = C_train / N_life")
                        .input("C_train", "training CO2e", qt, null).input("N_life", "lifetime outputs", qn, nSource).result(qPerT));
        return new LifecycleEstimate(name, Quantity.kWh(tE), qt, Quantity.kWh(iE), qi, Quantity.outputs(n), qn, qPerT, qPerI,
                new Quantity(perTrain + perInf, Dimension.CO2E_PER_OUTPUT), qShare, qBreak, Quantity.kWh(tE + iE), total, ds, notes);
    }

    /** Energy and CO2e by phase (training, inference) with each phase's share. */
    public Table byPhase() {
        double[] e = {trainingEnergy.base(), inferenceEnergy.base()};
        double[] c = {trainingCo2e.base(), inferenceCo2e.base()};
        double[] s = {1 - inferenceShare.base(), inferenceShare.base()};
        return Table.create("Lifecycle of " + name + " by phase", StringColumn.create("phase", new String[] {"training", "inference"}),
                QuantityColumns.quantity("energy", Dimension.ENERGY, e), QuantityColumns.quantity("CO2e", Dimension.CO2E, c),
                QuantityColumns.inUnit("share of CO2e", "%", s));
    }

    public Report toReport(int line) {
        List<Metric> metrics = List.of(
                Metric.point("energy", "energy_kwh", totalEnergy, null),
                Metric.point("CO2e", "co2e_kg", totalCo2e, derivations.get(0)),
                Metric.point("inference share", "inference_share", inferenceShare, derivations.get(1)).shownIn(Units.parse("%")),
                Metric.point("break-even outputs", "break_even_outputs", breakEvenOutputs, derivations.get(2)),
                Metric.point("training CO2e per output", "training_co2e_per_output_kg", trainingPerOutput, derivations.get(3)));
        Unit u = QuantityColumns.unitFor(Dimension.CO2E, Math.max(trainingCo2e.base(), inferenceCo2e.base()));
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, "CO2e of " + name + " by phase", "phase", "CO2e (" + u.symbol() + ")",
                u.symbol(), List.of("training", "inference"),
                List.of(ChartSpec.Series.of("CO2e", u.fromBase(trainingCo2e.base()), u.fromBase(inferenceCo2e.base()))),
                "G-TRACE estimate from the declared training run and workloads");
        return new Report(line, name, "Lifecycle of " + name, metrics, byPhase(), List.of(chart), null, notes);
    }
}
