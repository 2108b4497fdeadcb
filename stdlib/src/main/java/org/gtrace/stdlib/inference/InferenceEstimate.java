package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.grid.GridShare;
import org.gtrace.stdlib.grid.RegionSplit;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * The result of estimating an inference workload: every intermediate value by name, a
 * {@link Derivation} per headline number, a breakdown by region, and notes naming the grid basis
 * and year used. Immutable.
 */
public final class InferenceEstimate {

    private final String name;
    private final Modality modality;
    private final Quantity outputs;
    private final EnergyPerOutput energyPerOutput;
    private final Quantity pueApplied;
    private final Source pueSource;
    private final Quantity itEnergy;
    private final Quantity energy;
    private final Quantity intensity;
    private final Quantity co2e;
    private final Quantity waterOnsite;
    private final Quantity waterOffsite;
    private final Quantity water;
    private final List<RegionResult> byRegion;
    private final RegionSplit split;
    private final List<String> notes;
    private final Derivation energyDerivation;
    private final Derivation co2eDerivation;
    private final Derivation waterDerivation;

    private InferenceEstimate(Builder b) {
        name = b.name;
        modality = b.modality;
        outputs = b.outputs;
        energyPerOutput = b.energyPerOutput;
        pueApplied = b.pueApplied;
        pueSource = b.pueSource;
        itEnergy = b.itEnergy;
        energy = b.energy;
        intensity = b.intensity;
        co2e = b.co2e;
        waterOnsite = b.waterOnsite;
        waterOffsite = b.waterOffsite;
        water = b.water;
        byRegion = List.copyOf(b.byRegion);
        split = b.split;
        notes = List.copyOf(b.notes);
        energyDerivation = b.energyDerivation;
        co2eDerivation = b.co2eDerivation;
        waterDerivation = b.waterDerivation;
    }

    static InferenceEstimate compute(String name, Modality modality, Quantity outputs, EnergyPerOutput e, Quantity pue,
                                     RegionSplit split, Quantity wueOnsite, Quantity wueOffsite) {
        Builder b = new Builder();
        b.name = name;
        b.modality = modality;
        b.outputs = outputs;
        b.energyPerOutput = e;
        b.split = split;
        String where = "workload " + name;
        PueRule.Result p = PueRule.apply(e, pue, where);
        b.pueApplied = Quantity.number(p.applied());
        b.pueSource = p.source();
        b.notes.add(p.note());
        double energyKwh = InferenceEquations.energyKwh(outputs.base(), e.kwhPerOutput(), p.applied());
        double itKwh = InferenceEquations.itEnergyKwh(energyKwh, p.itDivisor());
        b.energy = Quantity.kWh(energyKwh);
        b.itEnergy = Quantity.kWh(itKwh);
        b.energyDerivation = Derivation.of("energy of " + name, "E = N × e × PUE")
                .input("N", "outputs", outputs, Source.userInput(where))
                .input("e", "energy per output (" + e.boundary().description() + ")", e.value(), e.source())
                .input("PUE", p.meaning(), b.pueApplied, p.source())
                .step(e.derivation())
                .result(b.energy);
        regions(b, split, where);
        water(b, wueOnsite, wueOffsite, where);
        b.notes.addAll(split.notes());
        String data = org.gtrace.stdlib.data.Datasets.versionsOf(b.co2eDerivation.sources());
        if (!data.isEmpty()) b.notes.add(data);
        return new InferenceEstimate(b);
    }

    private static void regions(Builder b, RegionSplit split, String where) {
        List<GridShare> shares = split.resolve();
        double[] s = new double[shares.size()];
        double[] i = new double[shares.size()];
        Derivation.Builder d = Derivation.of("CO2e of " + b.name, shares.size() == 1 ? "C = E × I" : "C = Σ E × s_r × I_r")
                .input("E", "facility energy", b.energy, null);
        double total = 0;
        for (int k = 0; k < shares.size(); k++) {
            GridShare g = shares.get(k);
            s[k] = g.share();
            i[k] = g.grid().kgPerKwh();
            double eKwh = b.energy.base() * s[k];
            double cKg = InferenceEquations.co2eKg(eKwh, i[k]);
            total += cKg;
            b.regionEnergy.add(eKwh);
            b.regionCo2e.add(cKg);
            String suffix = shares.size() == 1 ? "" : "_" + g.region().id();
            if (shares.size() > 1) d.input("s" + suffix, "share of energy in " + g.region().id(), Quantity.number(s[k]), Source.userInput(where));
            d.input("I" + suffix, "grid intensity of " + g.region().id() + " (" + g.grid().basis().describe()
                    + (g.grid().year() > 0 ? ", " + g.grid().year() : "") + ")", g.grid().value(), g.grid().source());
        }
        b.intensity = new Quantity(InferenceEquations.weightedIntensity(s, i), Dimension.INTENSITY);
        b.co2e = Quantity.kgCO2e(total);
        b.co2eDerivation = d.step(b.energyDerivation).result(b.co2e);
        b.shares = shares;
    }

    private static void water(Builder b, Quantity wueOnsite, Quantity wueOffsite, String where) {
        Figure off = InferenceDefaults.waterOffsite();
        Quantity offRate = wueOffsite != null ? wueOffsite : off.quantity();
        Source offSource = wueOffsite != null ? Source.userInput(where) : off.source();
        Quantity onRate = wueOnsite != null ? wueOnsite : Quantity.of(0, "L/kWh");
        Source onSource = wueOnsite != null ? Source.userInput(where)
                : Source.assumption("wue.onsite.missing", "on-site WUE not given", "no generic on-site WUE is published; counted as 0");
        double onL = onRate.base() * b.itEnergy.base();
        double offL = offRate.base() * b.energy.base();
        b.waterOnsite = Quantity.litres(onL);
        b.waterOffsite = Quantity.litres(offL);
        b.water = Quantity.litres(InferenceEquations.waterL(b.itEnergy.base(), onRate.base(), b.energy.base(), offRate.base()));
        b.waterDerivation = Derivation.of("water of " + b.name, "W = WUE_on × E_IT + WUE_off × E")
                .input("WUE_on", "on-site water per kWh of IT energy", onRate, onSource)
                .input("E_IT", "IT energy", b.itEnergy, null)
                .input("WUE_off", "off-site water per kWh of electricity", offRate, offSource)
                .input("E", "facility energy", b.energy, null)
                .result(b.water);
        if (wueOnsite == null) b.notes.add("on-site water not counted: no generic on-site WUE is published; give wue to include it");
        for (int k = 0; k < b.shares.size(); k++) {
            double eKwh = b.regionEnergy.get(k);
            double share = b.shares.get(k).share();
            b.byRegion.add(new RegionResult(b.shares.get(k).region(), b.shares.get(k).grid(), share, Quantity.kWh(eKwh),
                    Quantity.kgCO2e(b.regionCo2e.get(k)), Quantity.litres(b.water.base() * share)));
        }
    }

    public String name() { return name; }
    public Modality modality() { return modality; }
    public Quantity outputs() { return outputs; }
    public EnergyPerOutput energyPerOutput() { return energyPerOutput; }
    /** The PUE multiplied in (1 when the figure already includes facility overhead). */
    public Quantity pueApplied() { return pueApplied; }
    public Source pueSource() { return pueSource; }
    public Quantity itEnergy() { return itEnergy; }
    public Quantity energy() { return energy; }
    /** Share-weighted grid intensity. */
    public Quantity intensity() { return intensity; }
    public Quantity co2e() { return co2e; }
    public Quantity waterOnsite() { return waterOnsite; }
    public Quantity waterOffsite() { return waterOffsite; }
    public Quantity water() { return water; }
    public List<RegionResult> byRegion() { return byRegion; }
    public RegionSplit split() { return split; }
    public List<String> notes() { return notes; }
    public Derivation energyDerivation() { return energyDerivation; }
    public Derivation co2eDerivation() { return co2eDerivation; }
    public Derivation waterDerivation() { return waterDerivation; }

    /** CO2e per output (kgCO2e/output in base units); zero outputs give zero. */
    public Quantity co2ePerOutput() {
        double n = outputs.base();
        return new Quantity(n == 0 ? 0 : co2e.base() / n, Dimension.CO2E_PER_OUTPUT);
    }

    /** The breakdown by region as a Tablesaw table. */
    public Table table() {
        return InferenceTables.byRegion(this);
    }

    /** What {@code emissions NAME} shows: energy, CO2e and water with derivations, the region table and notes. */
    public Report toReport(int line) {
        return InferenceTables.report(this, line);
    }

    @Override
    public String toString() {
        return name + ": " + energy.format() + ", " + co2e.format() + ", " + water.format()
                + " (" + DisplayUnits.number(outputs.base()) + " outputs)";
    }

    private static final class Builder {
        String name;
        Modality modality;
        Quantity outputs;
        EnergyPerOutput energyPerOutput;
        Quantity pueApplied;
        Source pueSource;
        Quantity itEnergy;
        Quantity energy;
        Quantity intensity;
        Quantity co2e;
        Quantity waterOnsite;
        Quantity waterOffsite;
        Quantity water;
        RegionSplit split;
        List<GridShare> shares;
        final List<Double> regionEnergy = new ArrayList<>();
        final List<Double> regionCo2e = new ArrayList<>();
        final List<RegionResult> byRegion = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Derivation energyDerivation;
        Derivation co2eDerivation;
        Derivation waterDerivation;
    }
}
