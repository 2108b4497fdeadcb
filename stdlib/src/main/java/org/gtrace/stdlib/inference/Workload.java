package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.grid.GridIntensity;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionSplit;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * An inference workload, built fluently and estimated with {@link #estimate()}:
 *
 * <pre>{@code
 * Workload.image("ghibli").outputs(Quantity.outputs(700e6))
 *         .energyPerOutput(Quantity.of(0.006, "kWh")).estimate();
 * }</pre>
 *
 * Every default (PUE for IT-only figures, off-site water, the world-average grid) can be
 * overridden. A builder is mutable; {@link #copy()} starts a scenario from it. Any input may be
 * uncertain ({@link UncertainQuantity}); {@link #propagate} then runs the Monte Carlo through
 * the estimate itself:
 *
 * <pre>{@code
 * Workload w = Workload.image("trend").outputs(Quantity.outputs(150e6))
 *         .energyPerOutput(UncertainQuantity.input("trend.energy", Distribution.range(0.002, 0.004),
 *                 Dimension.ENERGY_PER_OUTPUT), EnergyBoundary.UNSPECIFIED);
 * InferenceEstimate e = w.estimate();
 * Statistics s = e.propagate(MonteCarlo.Settings.defaults());
 * s.metric(Measure.ENERGY, e.energyValue(), null).p95();   // e.toReport(1, s) shows it all
 * }</pre>
 */
public final class Workload {

    private final String name;
    private final Modality modality;
    private RegionTable table = RegionTable.defaults();
    private UncertainQuantity outputs;
    private EnergyPerOutput energyPerOutput;
    private EmbodiedPerOutput embodiedPerOutput;
    private UncertainQuantity pue;
    private UncertainQuantity hostFactor;
    private UncertainQuantity idleFactor;
    private final List<Region> regions = new ArrayList<>();
    private final List<UncertainQuantity> shares = new ArrayList<>();
    private boolean singleRegion;
    private GridBasis basis;
    private UncertainQuantity wueOnsite;
    private UncertainQuantity wueOffsite;

    private Workload(String name, Modality modality) {
        this.name = Objects.requireNonNull(name, "name");
        this.modality = Objects.requireNonNull(modality, "modality");
    }

    public static Workload of(Modality modality, String name) {
        return new Workload(name, modality);
    }

    public static Workload text(String name) { return of(Modality.TEXT, name); }
    public static Workload image(String name) { return of(Modality.IMAGE, name); }
    public static Workload video(String name) { return of(Modality.VIDEO, name); }
    public static Workload audio(String name) { return of(Modality.AUDIO, name); }
    public static Workload code(String name) { return of(Modality.CODE, name); }

    /** An independent copy (for scenarios that override some inputs). */
    public Workload copy(String newName) {
        Workload w = new Workload(newName, modality);
        w.table = table;
        w.outputs = outputs;
        w.energyPerOutput = energyPerOutput;
        w.embodiedPerOutput = embodiedPerOutput;
        w.pue = pue;
        w.hostFactor = hostFactor;
        w.idleFactor = idleFactor;
        w.regions.addAll(regions);
        w.shares.addAll(shares);
        w.singleRegion = singleRegion;
        w.basis = basis;
        w.wueOnsite = wueOnsite;
        w.wueOffsite = wueOffsite;
        return w;
    }

    public Workload copy() {
        return copy(name);
    }

    /** The region table names are looked up in (defaults to the bundled one; pass one with user regions). */
    public Workload regions(RegionTable table) {
        this.table = Objects.requireNonNull(table);
        return this;
    }

    /** Number of outputs (images, queries, videos...): a count, not negative. */
    public Workload outputs(Quantity count) {
        return outputs(UncertainQuantity.ofNullable(count));
    }

    /** A count of outputs that may be uncertain. */
    public Workload outputs(UncertainQuantity count) {
        this.outputs = Check.nonNegative(count, Dimension.OUTPUTS, Field.OUTPUTS, "700M images");
        return this;
    }

    /** The count of outputs given, if one has been. */
    public java.util.Optional<UncertainQuantity> outputCount() {
        return java.util.Optional.ofNullable(outputs);
    }

    /** Outputs as a rate over a period: outputs = rate × period. */
    public Workload rate(Quantity outputsPerTime, Quantity period) {
        return rate(UncertainQuantity.ofNullable(outputsPerTime), UncertainQuantity.ofNullable(period));
    }

    public Workload rate(UncertainQuantity outputsPerTime, UncertainQuantity period) {
        UncertainQuantity r = Check.nonNegative(outputsPerTime, Dimension.OUTPUT_RATE, Field.RATE, "2M images/day");
        UncertainQuantity t = Check.nonNegative(period, Dimension.TIME, Field.PERIOD, "10 days");
        return outputs(r.times(t));
    }

    /** A per-output energy you give ("0.006 kWh" or "6 Wh/image"); boundary not stated. */
    public Workload energyPerOutput(Quantity energy) {
        this.energyPerOutput = EnergyPerOutput.given(energy, "workload " + name);
        return this;
    }

    /** A per-output energy you give, with what it includes. */
    public Workload energyPerOutput(Quantity energy, EnergyBoundary boundary) {
        this.energyPerOutput = EnergyPerOutput.given(energy, boundary, "workload " + name);
        return this;
    }

    /** A per-output energy that may be uncertain ("2 .. 4 Wh"), with what it includes. */
    public Workload energyPerOutput(UncertainQuantity energy, EnergyBoundary boundary) {
        this.energyPerOutput = EnergyPerOutput.given(energy, boundary, "workload " + name);
        return this;
    }

    /** A per-output energy from a figure, a parametric model, or a previous workload. */
    public Workload energyPerOutput(EnergyPerOutput energy) {
        this.energyPerOutput = Objects.requireNonNull(energy, "energy per output");
        this.embodiedPerOutput = null;
        return this;
    }

    /** The hardware's embodied emissions each output is charged, added to its CO2e; none unless given. */
    public Workload embodiedPerOutput(EmbodiedPerOutput embodied) {
        this.embodiedPerOutput = embodied;
        return this;
    }

    /** A bundled preset by id, e.g. "image.sd3_medium.1024"; one of another modality is refused. */
    public Workload energyFigure(String presetId) {
        return energyPerOutput(Presets.energy(presetId, modality, "workload '" + name + "'"));
    }

    /** Text: per-output energy from output tokens and active parameters (billions), by EcoLogits' LLM method. */
    public Workload textModel(Quantity tokensPerOutput, Quantity activeParamsBillions) {
        return textModel(TextModel.of(tokensPerOutput, activeParamsBillions.times(1e9)));
    }

    /** Text: per-output energy from a text model with its batch, quantisation, accelerator or latency. */
    public Workload textModel(TextModel model) {
        return energyPerOutput(model.energy("workload " + name)).embodiedPerOutput(model.embodied("workload " + name));
    }

    /**
     * Image: per-output energy scaled from a reference figure at its resolution and step count
     * (the step count is not published for the bundled figures, so it is an input).
     */
    public Workload imageModel(EnergyPerOutput reference, Resolution refResolution, Quantity refSteps,
                               Resolution resolution, Quantity steps) {
        return energyPerOutput(ParametricEnergy.image(reference, refResolution, refSteps, resolution, steps, "workload " + name));
    }

    /** Video: per-output energy scaled from a reference clip by resolution, frames (seconds × fps) and steps. */
    public Workload videoModel(EnergyPerOutput reference, Resolution refResolution, Quantity refSeconds, Quantity refFps,
                               Quantity refSteps, Resolution resolution, Quantity seconds, Quantity fps, Quantity steps) {
        return energyPerOutput(ParametricEnergy.video(reference, refResolution, refSeconds, refFps, refSteps, resolution,
                seconds, fps, steps, "workload " + name));
    }

    /** Facility PUE: total facility energy over IT energy, at least 1. */
    public Workload pue(Quantity pue) {
        return pue(UncertainQuantity.ofNullable(pue));
    }

    public Workload pue(UncertainQuantity pue) {
        this.pue = Check.pue(pue, Field.PUE);
        return this;
    }

    /**
     * Server energy over accelerator energy (at least 1), added to a figure that measures the
     * accelerator alone; default {@value InferenceDefaults#HOST}.
     */
    public Workload hostFactor(UncertainQuantity factor) {
        this.hostFactor = Check.atLeastOne(factor, Field.HOST_FACTOR, "1.4");
        return this;
    }

    /**
     * Serving-stack energy over active-server energy (at least 1): idle and provisioned capacity,
     * added to a figure that leaves it out; default {@value InferenceDefaults#IDLE}.
     */
    public Workload idleFactor(UncertainQuantity factor) {
        this.idleFactor = Check.atLeastOne(factor, Field.IDLE_FACTOR, "1.1");
        return this;
    }

    /** All electricity from one region (by name in the region table). */
    public Workload region(String name) {
        return region(table.lookup(name));
    }

    public Workload region(Region region) {
        regions.clear();
        shares.clear();
        regions.add(Objects.requireNonNull(region));
        shares.add(UncertainQuantity.number(1));
        singleRegion = true;
        return this;
    }

    /** Adds a region with its share of the energy (a fraction: 60% parses to 0.6). Shares must sum to 100%. */
    public Workload share(String region, Quantity share) {
        return share(table.lookup(region), share);
    }

    public Workload share(Region region, Quantity share) {
        Check.fraction(share, Field.REGION_SHARES, "share of " + region.id());
        return share(region, UncertainQuantity.of(share));
    }

    /**
     * A share that may be uncertain (a range of percentages): the shares of a split are drawn
     * within their ranges and normalised so each draw sums to 100%.
     */
    public Workload share(String region, UncertainQuantity share) {
        return share(table.lookup(region), share);
    }

    public Workload share(Region region, UncertainQuantity share) {
        if (singleRegion) { // a split replaces a single region set earlier
            regions.clear();
            shares.clear();
            singleRegion = false;
        }
        regions.add(region);
        shares.add(share);
        return this;
    }

    /** A grid intensity you give instead of a region (basis location-based lifecycle unless stated). */
    public Workload intensity(Quantity intensity) {
        return region(Region.given(new GridIntensity(intensity, GridBasis.LOCATION_LIFECYCLE, 0, source()), false));
    }

    public Workload intensity(Quantity intensity, GridBasis basis) {
        return region(Region.given(new GridIntensity(intensity, basis, 0, source()), true));
    }

    /** A grid intensity that may be uncertain, on {@code basis} (null: location-based, lifecycle, as not stated). */
    public Workload intensity(UncertainQuantity intensity, GridBasis basis) {
        GridIntensity g = GridIntensity.of(intensity, basis == null ? GridBasis.LOCATION_LIFECYCLE : basis, 0, source());
        return region(Region.given(g, basis != null));
    }

    private Source source() {
        return Source.userInput("workload " + name);
    }

    /** Read every region's intensity on this basis (errors if a region has no such figure bundled). */
    public Workload basis(GridBasis basis) {
        this.basis = basis;
        return this;
    }

    /** On-site water usage effectiveness (L/kWh of IT energy). No default is published for a generic site. */
    public Workload wueOnsite(Quantity litresPerKwh) {
        return wueOnsite(UncertainQuantity.ofNullable(litresPerKwh));
    }

    public Workload wueOnsite(UncertainQuantity litresPerKwh) {
        this.wueOnsite = Check.nonNegative(litresPerKwh, Dimension.WATER_PER_ENERGY, Field.WUE_ONSITE, "0.3 L/kWh");
        return this;
    }

    /** Off-site water per kWh of electricity generated (L/kWh); defaults to wue.offsite.world. */
    public Workload wueOffsite(Quantity litresPerKwh) {
        return wueOffsite(UncertainQuantity.ofNullable(litresPerKwh));
    }

    public Workload wueOffsite(UncertainQuantity litresPerKwh) {
        this.wueOffsite = Check.nonNegative(litresPerKwh, Dimension.WATER_PER_ENERGY, Field.WUE_OFFSITE, "3.91 L/kWh");
        return this;
    }

    public String name() { return name; }
    public Modality modality() { return modality; }

    /** Validates the inputs and computes energy, CO2e and water with their derivations. */
    public InferenceEstimate estimate() {
        if (outputs == null) throw new InputError(Field.OUTPUTS, "workload '" + name + "' has no volume", "give outputs such as 700M images");
        if (energyPerOutput == null) {
            throw new InputError(Field.ENERGY_PER_OUTPUT, "energy", "workload '" + name + "' has no energy per output",
                    "give energy such as 0.006 kWh, a figure id, or a parametric model");
        }
        RegionSplit split = regions.isEmpty() ? RegionSplit.worldDefault(table) : RegionSplit.split(regions, shares);
        if (basis != null) split = split.onBasis(basis);
        return InferenceEstimate.compute(name, modality, outputs, energyPerOutput, embodiedPerOutput,
                new ServingLayers.Given(hostFactor, idleFactor, pue), split, wueOnsite, wueOffsite);
    }
}
