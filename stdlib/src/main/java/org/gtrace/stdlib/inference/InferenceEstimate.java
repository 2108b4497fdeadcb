package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.grid.GridShare;
import org.gtrace.stdlib.grid.RegionWater;
import org.gtrace.stdlib.grid.RegionSplit;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Estimated;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * The result of estimating an inference workload: every intermediate value by name, a
 * {@link Derivation} per headline number, a breakdown by region, and notes naming the grid basis
 * and year used. Immutable.
 *
 * <p>Each value is a formula of the workload's inputs ({@link UncertainQuantity}); the
 * {@code Quantity} accessors give it at the inputs' central values, and {@link Statistics#of}
 * propagates the same formulas over joint draws when inputs are uncertain.
 */
public final class InferenceEstimate implements Estimated {

    private final String name;
    private final Modality modality;
    private final UncertainQuantity outputs;
    private final EnergyPerOutput energyPerOutput;
    private final UncertainQuantity pueApplied;
    private final UncertainQuantity servingFactor;
    private final Source pueSource;
    private final UncertainQuantity itEnergy;
    private final UncertainQuantity energy;
    private final UncertainQuantity intensity;
    private final UncertainQuantity co2e;
    private final UncertainQuantity embodied;
    private final UncertainQuantity co2eLocation;
    private final UncertainQuantity water;
    private final UncertainQuantity waterOnsite;
    private final UncertainQuantity waterOffsite;
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
        servingFactor = b.servingFactor;
        pueSource = b.pueSource;
        itEnergy = b.itEnergy;
        energy = b.energy;
        intensity = b.intensity;
        co2e = b.co2e;
        embodied = b.embodied;
        co2eLocation = b.co2eLocation;
        water = b.water;
        waterOnsite = b.waterOnsite;
        waterOffsite = b.waterOffsite;
        byRegion = List.copyOf(b.byRegion);
        split = b.split;
        notes = List.copyOf(b.notes);
        energyDerivation = b.energyDerivation;
        co2eDerivation = b.co2eDerivation;
        waterDerivation = b.waterDerivation;
    }

    static InferenceEstimate compute(String name, Modality modality, UncertainQuantity outputs, EnergyPerOutput e,
                                     EmbodiedPerOutput embodied, ServingLayers.Given given, RegionSplit split, UncertainQuantity wueOnsite,
                                     UncertainQuantity wueOffsite) {
        Builder b = new Builder();
        b.name = name;
        b.modality = modality;
        b.outputs = outputs;
        b.energyPerOutput = e;
        b.split = split;
        String where = "workload " + name;
        ServingLayers.Result layers = ServingLayers.apply(e, given, where);
        ServingLayers.Layer pue = layers.layers().get(2);
        b.pueApplied = pue.factor();
        b.pueSource = pue.source();
        b.servingFactor = layers.factor(ServingLayers.HOST).times(layers.factor(ServingLayers.IDLE));
        b.notes.addAll(layers.notes());
        b.energy = InferenceEquations.energy(outputs, e.value(), layers.product());
        b.itEnergy = InferenceEquations.itEnergy(b.energy, layers.itDivisor());
        StringBuilder formula = new StringBuilder("E = N × e");
        for (ServingLayers.Layer l : layers.shown()) formula.append(" × ").append(l.symbol());
        Derivation.Builder d = Derivation.of("energy of " + name, formula.toString())
                .input("N", "outputs", outputs, Source.userInput(where))
                .input("e", "energy per output (" + e.boundary().description() + ")", e.value(), e.source());
        for (ServingLayers.Layer l : layers.shown()) d.input(l.symbol(), l.meaning(), l.factor(), l.source());
        b.energyDerivation = d.step(e.derivation()).result(b.energy);
        regions(b, split);
        if (embodied != null) embodied(b, embodied, where);
        locationBased(b);
        water(b, wueOnsite, wueOffsite, where);
        b.notes.addAll(split.notes());
        java.util.Set<Source> sources = new java.util.LinkedHashSet<>(b.co2eDerivation.sources());
        sources.addAll(b.waterDerivation.sources());
        String data = org.gtrace.stdlib.data.Datasets.versionsOf(sources);
        if (!data.isEmpty()) b.notes.add(data);
        return new InferenceEstimate(b);
    }

    private static void regions(Builder b, RegionSplit split) {
        List<GridShare> shares = split.resolve();
        Derivation.Builder d = Derivation.of("CO2e of " + b.name, shares.size() == 1 ? "C = E × I" : "C = Σ E × s_r × I_r")
                .input("E", "facility energy", b.energy, null);
        UncertainQuantity total = null, weighted = null;
        for (GridShare g : shares) {
            UncertainQuantity i = g.grid().draws();
            UncertainQuantity eR = b.energy.times(g.share());
            UncertainQuantity cR = InferenceEquations.co2e(eR, i);
            total = total == null ? cR : total.plus(cR);
            UncertainQuantity w = g.share().times(i);
            weighted = weighted == null ? w : weighted.plus(w);
            b.regionEnergy.add(eR);
            b.regionCo2e.add(cR);
            String suffix = shares.size() == 1 ? "" : "_" + g.region().id();
            if (shares.size() > 1) d.input("s" + suffix, "share of energy in " + g.region().id(), g.share(), Source.userInput(b.name));
            d.input("I" + suffix, "grid intensity of " + g.region().id() + " (" + g.grid().basis().describe()
                    + (g.grid().year() > 0 ? ", " + g.grid().year() : "") + ")", i, g.grid().source());
        }
        b.intensity = weighted.as(Dimension.INTENSITY);
        b.co2e = total;
        b.co2eDerivation = d.step(b.energyDerivation).result(b.co2e);
        b.shares = shares;
    }

    /**
     * Where a region is on a market-based factor, the same energy on each region's location-based
     * grid, so both are reported side by side as the GHG Protocol's Scope 2 Guidance asks; a
     * region with no location-based figure (a supplier's factor declared without {@code from}) is
     * named instead.
     */
    private static void locationBased(Builder b) {
        if (b.shares.stream().noneMatch(g -> g.grid().basis().accounting() == org.gtrace.stdlib.grid.GridBasis.Accounting.MARKET)) {
            return;
        }
        UncertainQuantity total = null;
        List<String> missing = new ArrayList<>();
        for (GridShare g : b.shares) {
            org.gtrace.stdlib.grid.GridIntensity loc = g.region().grids().stream()
                    .filter(x -> x.basis().accounting() == org.gtrace.stdlib.grid.GridBasis.Accounting.LOCATION).findFirst().orElse(null);
            if (loc == null) {
                missing.add(g.region().id());
                continue;
            }
            UncertainQuantity c = InferenceEquations.co2e(b.energy.times(g.share()), loc.draws());
            total = total == null ? c : total.plus(c);
        }
        if (!missing.isEmpty()) {
            b.notes.add("no location-based CO2e beside the market-based one: " + String.join(", ", missing) + " has no location-based"
                    + " grid; declare it from its country (region r from FRA < intensity … ; basis market >) to report both");
            return;
        }
        if (b.embodied != null) total = total.plus(b.embodied);
        b.co2eLocation = total.as(Dimension.CO2E);
        b.notes.add("Scope 2 both ways: market-based " + b.co2e.central().format() + ", location-based "
                + b.co2eLocation.central().format() + " (each region's own grid)");
    }

    /**
     * C = Σ E × s_r × I_r + N × c_emb: the hardware's share is not the grid's, so the region rows
     * keep the operational part and a note gives the embodied one.
     */
    private static void embodied(Builder b, EmbodiedPerOutput c, String where) {
        UncertainQuantity total = b.outputs.times(c.value()).as(Dimension.CO2E);
        UncertainQuantity operational = b.co2e;
        b.co2e = operational.plus(total);
        b.embodied = total;
        b.co2eDerivation = Derivation.of("CO2e of " + b.name, "C = C_op + N × c_emb")
                .input("C_op", "operational CO2e (" + b.co2eDerivation.formula() + ")", operational, null)
                .input("N", "outputs", b.outputs, Source.userInput(where))
                .input("c_emb", "embodied CO2e of the hardware per output", c.value(), null)
                .step(b.co2eDerivation).step(c.derivation())
                .result(b.co2e);
        b.notes.add("CO2e includes " + total.central().format() + " of the hardware's embodied emissions; the region rows show"
                + " the operational part");
    }

    /**
     * W = Σ_r s_r × (WUE_on,r × E_IT + WUE_off,r × E): each region's power plants by its country's
     * off-site factor, its data centres by its provider's on-site WUE; the user's rates, when
     * given, everywhere.
     */
    private static void water(Builder b, UncertainQuantity wueOnsite, UncertainQuantity wueOffsite, String where) {
        boolean one = b.shares.size() == 1;
        Derivation.Builder d = Derivation.of("water of " + b.name, one ? "W = WUE_on × E_IT + WUE_off × E"
                : "W = Σ s_r × (WUE_on,r × E_IT + WUE_off,r × E)");
        UncertainQuantity total = null, onsite = null, offsite = null;
        List<UncertainQuantity> perRegion = new ArrayList<>();
        List<String> noOnsite = new ArrayList<>(), worldOffsite = new ArrayList<>();
        for (GridShare g : b.shares) {
            String suffix = one ? "" : "_" + g.region().id();
            RegionWater.Rate off = RegionWater.offsite(g.region(), wueOffsite, Source.userInput(where));
            RegionWater.Rate on = RegionWater.onsite(g.region(), wueOnsite, Source.userInput(where));
            if (on.fallback()) noOnsite.add(g.region().id());
            if (off.fallback()) worldOffsite.add(g.region().id());
            UncertainQuantity onRate = on.litresPerKwh();
            UncertainQuantity wOn = onRate.times(b.itEnergy).times(g.share()).as(Dimension.WATER);
            UncertainQuantity wOff = off.litresPerKwh().times(b.energy).times(g.share()).as(Dimension.WATER);
            UncertainQuantity w = wOn.plus(wOff).as(Dimension.WATER);
            perRegion.add(w);
            total = total == null ? w : total.plus(w);
            onsite = onsite == null ? wOn : onsite.plus(wOn);
            offsite = offsite == null ? wOff : offsite.plus(wOff);
            d.input("WUE_on" + suffix, "on-site water per kWh of IT energy" + (one ? "" : " in " + g.region().id()), onRate, on.source());
            if (one) d.input("E_IT", "IT energy", b.itEnergy, null);
            d.input("WUE_off" + suffix, "off-site water per kWh of electricity" + (one ? "" : " in " + g.region().id()),
                    off.litresPerKwh(), off.source());
        }
        if (one) d.input("E", "facility energy", b.energy, null);
        else d.input("E_IT", "IT energy", b.itEnergy, null).input("E", "facility energy", b.energy, null);
        b.water = total.as(Dimension.WATER);
        b.waterOnsite = onsite.as(Dimension.WATER);
        b.waterOffsite = offsite.as(Dimension.WATER);
        b.waterDerivation = d.result(b.water);
        b.notes.addAll(RegionWater.notes(noOnsite, worldOffsite, b.shares.size()));
        for (int k = 0; k < b.shares.size(); k++) {
            GridShare g = b.shares.get(k);
            b.byRegion.add(new RegionResult(g.region(), g.grid(), g.share(), b.regionEnergy.get(k), b.regionCo2e.get(k),
                    perRegion.get(k)));
        }
    }

    public String name() { return name; }
    public Modality modality() { return modality; }
    public Quantity outputs() { return outputs.central(); }
    public EnergyPerOutput energyPerOutput() { return energyPerOutput; }
    /** The PUE multiplied in (1 when the figure already includes facility overhead), at its central value. */
    public Quantity pueApplied() { return pueApplied.central(); }
    public Source pueSource() { return pueSource; }
    public Quantity itEnergy() { return itEnergy.central(); }
    public Quantity energy() { return energy.central(); }
    /** Share-weighted grid intensity. */
    public Quantity intensity() { return intensity.central(); }
    public Quantity co2e() { return co2e.central(); }
    /** Location-based CO2e beside a market-based result (operational only), or null when no region is market-based. */
    public UncertainQuantity co2eLocationValue() { return co2eLocation; }
    /** The same as a formula of the inputs. */
    public UncertainQuantity embodiedValue() { return embodied == null ? UncertainQuantity.of(Quantity.kgCO2e(0)) : embodied; }
    /** The hardware's embodied CO2e included in {@link #co2e()}; zero when none was given. */
    public Quantity embodiedCo2e() { return embodied == null ? Quantity.kgCO2e(0) : embodied.central(); }
    public Quantity water() { return water.central(); }
    /** On-site cooling water, WUE_on × E_IT. */
    public Quantity waterOnsite() { return waterOnsite.central(); }
    /** Water used to generate the electricity, WUE_off × E. */
    public Quantity waterOffsite() { return waterOffsite.central(); }
    public List<RegionResult> byRegion() { return byRegion; }
    public RegionSplit split() { return split; }
    public List<String> notes() { return notes; }
    public Derivation energyDerivation() { return energyDerivation; }
    public Derivation co2eDerivation() { return co2eDerivation; }
    public Derivation waterDerivation() { return waterDerivation; }

    /** Outputs, PUE applied, energy, CO2e, water, intensity as formulas of the inputs (uncertain or not). */
    public UncertainQuantity outputsValue() { return outputs; }
    public UncertainQuantity pueValue() { return pueApplied; }
    /**
     * The energy per output with the layers below the facility added (host and idle capacity,
     * where the figure leaves them out): what PUE multiplies.
     */
    public UncertainQuantity servingEnergyPerOutputValue() { return energyPerOutput.value().times(servingFactor); }
    /** f_host × f_idle × PUE: what a per-output figure on this workload's boundary is multiplied by. */
    public UncertainQuantity layersValue() { return servingFactor.times(pueApplied); }
    public UncertainQuantity energyValue() { return energy; }
    public UncertainQuantity co2eValue() { return co2e; }
    public UncertainQuantity waterValue() { return water; }
    public UncertainQuantity intensityValue() { return intensity; }

    /** CO2e per output (kgCO2e/output in base units); zero outputs give zero. */
    public Quantity co2ePerOutput() {
        double n = outputs.centralBase();
        return new Quantity(n == 0 ? 0 : co2e.centralBase() / n, Dimension.CO2E_PER_OUTPUT);
    }

    @Override
    public List<Formula> headline() {
        return List.of(energy.formula(), co2e.formula(), water.formula());
    }

    @Override
    public List<Formula> formulas() {
        List<Formula> out = new ArrayList<>(headline());
        out.add(outputs.formula());
        out.add(pueApplied.formula());
        out.add(servingFactor.formula());
        if (co2eLocation != null) out.add(co2eLocation.formula());
        out.add(itEnergy.formula());
        out.add(intensity.formula());
        out.add(energyPerOutput.value().formula());
        for (RegionResult r : byRegion) {
            out.add(r.energy().formula());
            out.add(r.co2e().formula());
            out.add(r.water().formula());
            out.add(r.share().formula());
        }
        for (Derivation d : List.of(energyDerivation, co2eDerivation, waterDerivation)) out.addAll(d.formulas());
        return out;
    }

    @Override
    public List<Formula> banded() {
        List<Formula> out = new ArrayList<>(headline());
        out.add(outputs.formula());
        for (Derivation d : List.of(energyDerivation, co2eDerivation, waterDerivation)) out.addAll(d.formulas());
        return out;
    }

    /** The breakdown by region as a Tablesaw table, at central values. */
    public Table table() {
        return InferenceTables.byRegion(this, Statistics.central());
    }

    /** The breakdown by region with the statistics of a run (means where inputs are uncertain). */
    public Table table(Statistics s) {
        return InferenceTables.byRegion(this, s);
    }

    /** What {@code emissions NAME} shows: energy, CO2e and water with derivations, the region table and notes. */
    public Report toReport(int line) {
        return toReport(line, Statistics.central());
    }

    /** The same with the statistics of a run of this estimate's formulas. */
    public Report toReport(int line, Statistics s) {
        return InferenceTables.report(this, line, s);
    }

    @Override
    public String toString() {
        return name + ": " + energy().format() + ", " + co2e().format() + ", " + water().format()
                + " (" + DisplayUnits.number(outputs.centralBase()) + " outputs)";
    }

    private static final class Builder {
        String name;
        Modality modality;
        UncertainQuantity outputs;
        EnergyPerOutput energyPerOutput;
        UncertainQuantity pueApplied;
        UncertainQuantity servingFactor;
        Source pueSource;
        UncertainQuantity itEnergy;
        UncertainQuantity energy;
        UncertainQuantity intensity;
        UncertainQuantity co2e;
        UncertainQuantity co2eLocation;
        UncertainQuantity embodied;
        UncertainQuantity water;
        UncertainQuantity waterOnsite;
        UncertainQuantity waterOffsite;
        RegionSplit split;
        List<GridShare> shares;
        final List<UncertainQuantity> regionEnergy = new ArrayList<>();
        final List<UncertainQuantity> regionCo2e = new ArrayList<>();
        final List<RegionResult> byRegion = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Derivation energyDerivation;
        Derivation co2eDerivation;
        Derivation waterDerivation;
    }
}
