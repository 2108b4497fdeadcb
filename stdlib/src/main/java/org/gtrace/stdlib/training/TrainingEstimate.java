package org.gtrace.stdlib.training;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.grid.GridShare;
import org.gtrace.stdlib.grid.RegionSplit;
import org.gtrace.stdlib.grid.RegionWater;
import org.gtrace.stdlib.inference.InferenceDefaults;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
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
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of estimating a training run: energy, operational and embodied CO2e, with a
 * derivation per number and notes naming the grid figure used. Immutable. Each value is a
 * formula of the run's inputs; the {@code Quantity} accessors give it at the inputs' central
 * values, {@link Statistics#of} over joint draws.
 */
public final class TrainingEstimate implements Estimated {

    /**
     * Embodied inputs: per accelerator (null when only servers are given), per server and the
     * accelerators each holds (null when not given), and the hardware's lifetime in use.
     */
    record Embodied(UncertainQuantity perAccelerator, UncertainQuantity perServer, UncertainQuantity acceleratorsPerServer,
                    Source acceleratorsPerServerSource, UncertainQuantity lifetime) {

        /** What one accelerator-hour carries: c_acc + c_srv / G. */
        UncertainQuantity perAcceleratorAll() {
            UncertainQuantity acc = perAccelerator != null ? perAccelerator : UncertainQuantity.of(Quantity.kgCO2e(0));
            return perServer == null ? acc : acc.plus(perServer.dividedBy(acceleratorsPerServer)).as(Dimension.CO2E);
        }
    }

    /** Water inputs, each null when not given: on- and off-site rates, and the PUE that splits IT energy out. */
    record Water(UncertainQuantity onsite, UncertainQuantity offsite, UncertainQuantity pue) {}

    private record Watered(UncertainQuantity value, Derivation derivation) {}

    private final String name;
    private final UncertainQuantity acceleratorHours;
    private final UncertainQuantity energy;
    private final GridIntensity grid;
    private final UncertainQuantity operationalCo2e;
    private final UncertainQuantity embodiedCo2e;
    private final UncertainQuantity co2e;
    private final UncertainQuantity water;
    private final List<String> notes;
    private final Derivation energyDerivation;
    private final Derivation co2eDerivation;
    private final Derivation waterDerivation;

    private TrainingEstimate(String name, UncertainQuantity acceleratorHours, UncertainQuantity energy, GridIntensity grid,
                             UncertainQuantity operationalCo2e, UncertainQuantity embodiedCo2e, UncertainQuantity co2e,
                             List<String> notes, Derivation energyDerivation, Derivation co2eDerivation, Watered water) {
        this.name = name;
        this.acceleratorHours = acceleratorHours;
        this.energy = energy;
        this.grid = grid;
        this.operationalCo2e = operationalCo2e;
        this.embodiedCo2e = embodiedCo2e;
        this.co2e = co2e;
        this.notes = List.copyOf(notes);
        this.energyDerivation = energyDerivation;
        this.co2eDerivation = co2eDerivation;
        this.waterDerivation = water.derivation();
        this.water = water.value();
    }

    static TrainingEstimate modelled(String name, UncertainQuantity ah, UncertainQuantity count, UncertainQuantity power,
                                     Source powerSource, UncertainQuantity utilisation, UncertainQuantity pue, RegionSplit split,
                                     Embodied emb, Water water, UncertainQuantity idle) {
        String where = "training " + name;
        List<String> notes = new ArrayList<>();
        UncertainQuantity u = utilisation != null ? utilisation : UncertainQuantity.number(1);
        Source uSource = utilisation != null ? Source.userInput(where)
                : Source.assumption("training.utilisation.max", "accelerators drawn at maximum power",
                "no utilisation given: 100% of the accelerators' maximum power assumed; the rest of each server is not"
                        + " counted, so it is not an upper bound");
        if (utilisation == null) {
            notes.add("utilisation not given: accelerators taken at 100% of their maximum power; the rest of each server (CPUs,"
                    + " memory, network) is not counted, so this is not an upper bound: give power per accelerator with its share"
                    + " of the server to include it");
        }
        Figure pueDefault = InferenceDefaults.pue();
        UncertainQuantity p = pue != null ? pue : UncertainQuantity.of(pueDefault.quantity());
        Source pSource = pue != null ? Source.userInput(where) : pueDefault.source();
        if (pue == null) notes.add("PUE " + DisplayUnits.number(p.centralBase()) + " applied (default " + pueDefault.id() + ", "
                + pueDefault.year() + "); give pue to override");
        UncertainQuantity energy = TrainingEquations.energy(ah, power, u, p);
        if (idle != null) energy = ah.times(power).times(u).plus(idle).times(p).as(Dimension.ENERGY);
        Derivation.Builder d = Derivation.of("energy of " + name, idle == null ? "E = AH × P × u × PUE" : "E = (AH × P × u + E_idle) × PUE");
        d.input("AH", count != null ? "accelerator-hours (" + count.describe() + " accelerators × duration)"
                : "accelerator-hours", ah, Source.userInput(where));
        d.input("P", "power per accelerator", power, powerSource).input("u", "utilisation", u, uSource);
        if (idle != null) d.input("E_idle", "energy drawn while the hardware idles (your input)", idle, Source.userInput(where));
        d.input("PUE", "PUE", p, pSource);
        return finish(name, ah, energy, d.result(energy), split, emb, new Water(water.onsite(), water.offsite(), p), notes);
    }

    static TrainingEstimate reported(String name, UncertainQuantity reported, UncertainQuantity ah, RegionSplit split, Embodied emb,
                                     Water water, UncertainQuantity idle) {
        UncertainQuantity energy = idle == null ? reported : reported.plus(idle).as(Dimension.ENERGY);
        Derivation.Builder b = Derivation.of("energy of " + name, idle == null ? "E = reported energy" : "E = E_reported + E_idle")
                .input(idle == null ? "E" : "E_reported", "reported energy (used as given, no PUE added)", reported,
                        Source.userInput("training " + name));
        if (idle != null) b.input("E_idle", "energy drawn while the hardware idles (your input)", idle, Source.userInput("training " + name));
        Derivation d = b.result(energy);
        List<String> notes = new ArrayList<>();
        notes.add("energy as reported; no PUE added");
        return finish(name, ah, energy, d, split, emb, water, notes);
    }

    private static TrainingEstimate finish(String name, UncertainQuantity ah, UncertainQuantity energy, Derivation ed,
                                           RegionSplit split, Embodied emb, Water water, List<String> notes) {
        GridShare g = split.resolve().get(0);
        UncertainQuantity intensity = g.grid().draws();
        UncertainQuantity op = TrainingEquations.co2e(energy, intensity);
        UncertainQuantity embodied = UncertainQuantity.of(Quantity.kgCO2e(0));
        String embodiedTerm = emb == null ? "" : emb.perServer() == null ? " + c_emb × AH / L"
                : emb.perAccelerator() == null ? " + c_srv / G × AH / L" : " + (c_emb + c_srv / G) × AH / L";
        Derivation.Builder cd = Derivation.of("CO2e of " + name, "C = E × I" + embodiedTerm)
                .input("E", "facility energy", energy, null)
                .input("I", "grid intensity of " + g.region().id() + " (" + g.grid().basis().describe()
                        + (g.grid().year() > 0 ? ", " + g.grid().year() : "") + ")", intensity, g.grid().source());
        if (emb != null) {
            Source user = Source.userInput("training " + name);
            embodied = TrainingEquations.embodied(emb.perAcceleratorAll(), ah, emb.lifetime());
            if (emb.perAccelerator() != null) cd.input("c_emb", "embodied emissions per accelerator", emb.perAccelerator(), user);
            if (emb.perServer() != null) {
                cd.input("c_srv", "embodied emissions per server, without its accelerators", emb.perServer(), user)
                        .input("G", "accelerators per server", emb.acceleratorsPerServer(), emb.acceleratorsPerServerSource());
            }
            cd.input("AH", "accelerator-hours", ah, user).input("L", "hardware lifetime in use", emb.lifetime(), user);
        } else {
            notes.add("embodied emissions not counted; give embodied per accelerator and lifetime to include them");
        }
        UncertainQuantity total = op.plus(embodied);
        notes.addAll(split.notes());
        Derivation co2eDerivation = cd.step(ed).result(total);
        Watered wd = water(name, energy, g, water, notes);
        java.util.Set<Source> sources = new java.util.LinkedHashSet<>(co2eDerivation.sources());
        sources.addAll(wd.derivation().sources());
        String data = org.gtrace.stdlib.data.Datasets.versionsOf(sources);
        if (!data.isEmpty()) notes.add(data);
        return new TrainingEstimate(name, ah, energy, g.grid(), op, embodied, total, notes, ed, co2eDerivation, wd);
    }

    /**
     * W = WUE_on × E / PUE + WUE_off × E: on-site by the rate given or the region's provider, off-site by the
     * region's country (RegionWater), as for inference.
     */
    private static Watered water(String name, UncertainQuantity energy, GridShare g, Water water, List<String> notes) {
        Source user = Source.userInput("training " + name);
        RegionWater.Rate off = RegionWater.offsite(g.region(), water.offsite(), user);
        RegionWater.Rate on = RegionWater.onsite(g.region(), water.onsite(), user);
        UncertainQuantity pue = water.pue() != null ? water.pue() : UncertainQuantity.number(1);
        UncertainQuantity it = energy.dividedBy(pue);
        UncertainQuantity w = on.litresPerKwh().times(it).plus(off.litresPerKwh().times(energy)).as(Dimension.WATER);
        String id = g.region().id();
        notes.addAll(RegionWater.notes(on.fallback() ? List.of(id) : List.of(), off.fallback() ? List.of(id) : List.of(), 1));
        return new Watered(w, Derivation.of("water of " + name, "W = WUE_on × E_IT + WUE_off × E")
                .input("WUE_on", "on-site water per kWh of IT energy", on.litresPerKwh(), on.source())
                .input("E_IT", "IT energy (E / PUE)", it, null)
                .input("WUE_off", "off-site water per kWh of electricity", off.litresPerKwh(), off.source())
                .input("E", "facility energy", energy, null)
                .result(w));
    }

    public String name() { return name; }
    /** Accelerator-hours at central values, or null when only a reported energy was given. */
    public Quantity acceleratorHours() { return acceleratorHours == null ? null : acceleratorHours.central(); }
    /** Facility energy at central values. */
    public Quantity energy() { return energy.central(); }
    /** The grid intensity used (basis, year, source). */
    public GridIntensity grid() { return grid; }
    /** E × I at central values. */
    public Quantity operationalCo2e() { return operationalCo2e.central(); }
    /** Share of the accelerators' embodied emissions (zero when not given). */
    public Quantity embodiedCo2e() { return embodiedCo2e.central(); }
    /** Operational + embodied, at central values. */
    public Quantity co2e() { return co2e.central(); }
    public List<String> notes() { return notes; }
    public Derivation energyDerivation() { return energyDerivation; }
    public Derivation co2eDerivation() { return co2eDerivation; }
    public Derivation waterDerivation() { return waterDerivation; }
    /** On-site and off-site water, at central values. */
    public Quantity water() { return water.central(); }

    /** Energy, CO2e and water as formulas of the run's inputs. */
    public UncertainQuantity energyValue() { return energy; }
    public UncertainQuantity co2eValue() { return co2e; }
    public UncertainQuantity waterValue() { return water; }

    @Override
    public List<Formula> headline() {
        return List.of(energy.formula(), co2e.formula(), water.formula());
    }

    @Override
    public List<Formula> formulas() {
        List<Formula> out = new ArrayList<>(headline());
        out.add(operationalCo2e.formula());
        out.add(embodiedCo2e.formula());
        out.addAll(energyDerivation.formulas());
        out.addAll(co2eDerivation.formulas());
        out.addAll(waterDerivation.formulas());
        return out;
    }

    @Override
    public List<Formula> banded() {
        List<Formula> out = new ArrayList<>(headline());
        out.addAll(energyDerivation.formulas());
        out.addAll(co2eDerivation.formulas());
        out.addAll(waterDerivation.formulas());
        return out;
    }

    /** Operational and embodied parts as a table (means under uncertainty). */
    public Table table(Statistics s) {
        return Table.create("CO2e of " + name + " by component" + (s.uncertain() ? " (means)" : ""),
                StringColumn.create("component", new String[] {"operational", "embodied"}),
                QuantityColumns.quantity("CO2e", Dimension.CO2E,
                        new double[] {s.value(operationalCo2e).base(), s.value(embodiedCo2e).base()}));
    }

    public Table table() {
        return table(Statistics.central());
    }

    public Report toReport(int line) {
        return toReport(line, Statistics.central());
    }

    public Report toReport(int line, Statistics s) {
        List<Metric> metrics = List.of(s.metric(Measure.ENERGY, energy, energyDerivation), s.metric(Measure.CO2E, co2e, co2eDerivation),
                s.metric(Measure.WATER, water, waterDerivation));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(s.notes(metrics));
        return new Report(line, name, "Emissions of training " + name, metrics, table(s),
                s.tornadoes(metrics, List.of(energy, co2e, water)), null, allNotes);
    }
}
