package org.gtrace.stdlib.training;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.grid.GridShare;
import org.gtrace.stdlib.grid.RegionSplit;
import org.gtrace.stdlib.inference.InferenceDefaults;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.QuantityColumns;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of estimating a training run: energy, operational and embodied CO2e, with a
 * derivation per number and notes naming the grid figure used. Immutable.
 *
 * @param name             the run
 * @param acceleratorHours accelerator-hours, or null when only a reported energy was given
 * @param energy           facility energy
 * @param grid             the grid intensity used (basis, year, source)
 * @param operationalCo2e  E × I
 * @param embodiedCo2e     share of accelerators' embodied emissions (zero when not given)
 * @param co2e             operational + embodied
 * @param notes            sentences for the output
 * @param energyDerivation how the energy was obtained
 * @param co2eDerivation   how the total CO2e was obtained
 */
public record TrainingEstimate(String name, Quantity acceleratorHours, Quantity energy, GridIntensity grid,
                               Quantity operationalCo2e, Quantity embodiedCo2e, Quantity co2e, List<String> notes,
                               Derivation energyDerivation, Derivation co2eDerivation) {

    /** Embodied inputs: per accelerator, and its lifetime. */
    record Embodied(Quantity perAccelerator, Quantity lifetime) {}

    public TrainingEstimate {
        notes = List.copyOf(notes);
    }

    static TrainingEstimate modelled(String name, Quantity ah, Quantity count, Quantity power, Source powerSource,
                                     Quantity utilisation, Quantity pue, RegionSplit split, Embodied emb) {
        String where = "training " + name;
        List<String> notes = new ArrayList<>();
        Quantity u = utilisation != null ? utilisation : Quantity.number(1);
        Source uSource = utilisation != null ? Source.userInput(where)
                : Source.assumption("training.utilisation.max", "accelerators drawn at maximum power",
                "no utilisation given: 100% of maximum power assumed (an upper bound); give utilisation to refine");
        if (utilisation == null) notes.add("utilisation not given: accelerators taken at 100% of maximum power (upper bound)");
        Figure pueDefault = InferenceDefaults.pue();
        Quantity p = pue != null ? pue : pueDefault.quantity();
        Source pSource = pue != null ? Source.userInput(where) : pueDefault.source();
        if (pue == null) notes.add("PUE " + DisplayUnits.number(p.base()) + " applied (default " + pueDefault.id() + ", "
                + pueDefault.year() + "); give pue to override");
        double kwh = TrainingEquations.energyKwh(ah.base(), power.base(), u.base(), p.base());
        Quantity energy = Quantity.kWh(kwh);
        Derivation.Builder d = Derivation.of("energy of " + name, "E = AH × P × u × PUE");
        d.input("AH", count != null ? "accelerator-hours (" + DisplayUnits.number(count.base()) + " accelerators × duration)"
                : "accelerator-hours", ah, Source.userInput(where));
        d.input("P", "power per accelerator", power, powerSource).input("u", "utilisation", u, uSource).input("PUE", "PUE", p, pSource);
        return finish(name, ah, energy, d.result(energy), split, emb, notes);
    }

    static TrainingEstimate reported(String name, Quantity energy, Quantity ah, RegionSplit split, Embodied emb) {
        Derivation d = Derivation.of("energy of " + name, "E = reported energy")
                .input("E", "reported energy (used as given, no PUE added)", energy, Source.userInput("training " + name)).result(energy);
        List<String> notes = new ArrayList<>();
        notes.add("energy as reported; no PUE added");
        return finish(name, ah, energy, d, split, emb, notes);
    }

    private static TrainingEstimate finish(String name, Quantity ah, Quantity energy, Derivation ed, RegionSplit split,
                                           Embodied emb, List<String> notes) {
        GridShare g = split.resolve().get(0);
        double opKg = TrainingEquations.co2eKg(energy.base(), g.grid().kgPerKwh());
        Quantity op = Quantity.kgCO2e(opKg);
        double embKg = 0;
        Derivation.Builder cd = Derivation.of("CO2e of " + name, emb == null ? "C = E × I" : "C = E × I + c_emb × AH / L")
                .input("E", "facility energy", energy, null)
                .input("I", "grid intensity of " + g.region().id() + " (" + g.grid().basis().describe()
                        + (g.grid().year() > 0 ? ", " + g.grid().year() : "") + ")", g.grid().value(), g.grid().source());
        if (emb != null) {
            embKg = TrainingEquations.embodiedKg(emb.perAccelerator().base(), ah.base(), emb.lifetime().base());
            cd.input("c_emb", "embodied emissions per accelerator", emb.perAccelerator(), Source.userInput("training " + name))
                    .input("AH", "accelerator-hours", ah, Source.userInput("training " + name))
                    .input("L", "accelerator lifetime", emb.lifetime(), Source.userInput("training " + name));
        } else {
            notes.add("embodied emissions not counted; give embodied per accelerator and lifetime to include them");
        }
        Quantity embodied = Quantity.kgCO2e(embKg);
        Quantity total = Quantity.kgCO2e(opKg + embKg);
        notes.addAll(split.notes());
        Derivation co2eDerivation = cd.step(ed).result(total);
        String data = org.gtrace.stdlib.data.Datasets.versionsOf(co2eDerivation.sources());
        if (!data.isEmpty()) notes.add(data);
        return new TrainingEstimate(name, ah, energy, g.grid(), op, embodied, total, notes, ed, co2eDerivation);
    }

    /** Operational and embodied parts as a table. */
    public Table table() {
        return Table.create("CO2e of " + name + " by component",
                StringColumn.create("component", new String[] {"operational", "embodied"}),
                QuantityColumns.quantity("CO2e", Dimension.CO2E, new double[] {operationalCo2e.base(), embodiedCo2e.base()}));
    }

    public Report toReport(int line) {
        List<Metric> metrics = List.of(Metric.point("energy", "energy_kwh", energy, energyDerivation),
                Metric.point("CO2e", "co2e_kg", co2e, co2eDerivation));
        return new Report(line, name, "Emissions of training " + name, metrics, table(), List.of(), null, notes);
    }
}
