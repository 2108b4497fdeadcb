package org.gtrace.stdlib.training;

import java.util.Objects;
import org.gtrace.stdlib.data.Accelerator;
import org.gtrace.stdlib.data.Accelerators;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
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
 * A training run, built fluently and estimated with {@link #estimate()}:
 *
 * <pre>{@code
 * TrainingRun.named("bloom").accelerator("A100 SXM4 80 GB")
 *         .acceleratorHours(Quantity.of(1_082_990, "GPU-h")).pue(Quantity.number(1))
 *         .intensity(Quantity.of(57, "g/kWh")).estimate();
 * }</pre>
 *
 * Energy comes from accelerators (count × duration, or accelerator-hours) × power × utilisation
 * × PUE, or from a reported energy. Utilisation defaults to 100% of maximum power (an
 * assumption, shown as such); PUE to the cited industry average.
 */
public final class TrainingRun {

    private final String name;
    private RegionTable table = RegionTable.defaults();
    private Accelerator accelerator;
    private UncertainQuantity power;
    private UncertainQuantity count;
    private UncertainQuantity duration;
    private UncertainQuantity acceleratorHours;
    private UncertainQuantity utilisation;
    private UncertainQuantity pue;
    private UncertainQuantity reportedEnergy;
    private Region region;
    private GridBasis basis;
    private UncertainQuantity embodiedPerAccelerator;
    private UncertainQuantity lifetime;
    /** Accelerators per server when not given: an 8-GPU server (EcoLogits' p5.48xlarge). */
    static final String ACCELERATORS_PER_SERVER = "text.ecologits.server_gpus";

    private UncertainQuantity wueOnsite;
    private UncertainQuantity idleEnergy;
    private UncertainQuantity embodiedPerServer;
    private UncertainQuantity acceleratorsPerServer;
    private UncertainQuantity wueOffsite;

    private TrainingRun(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static TrainingRun named(String name) {
        return new TrainingRun(name);
    }

    /** An independent copy under another name (for scenarios that override some inputs). */
    public TrainingRun copy(String newName) {
        TrainingRun t = new TrainingRun(newName);
        t.table = table;
        t.accelerator = accelerator;
        t.power = power;
        t.count = count;
        t.duration = duration;
        t.acceleratorHours = acceleratorHours;
        t.utilisation = utilisation;
        t.pue = pue;
        t.reportedEnergy = reportedEnergy;
        t.region = region;
        t.basis = basis;
        t.embodiedPerAccelerator = embodiedPerAccelerator;
        t.lifetime = lifetime;
        t.wueOnsite = wueOnsite;
        t.idleEnergy = idleEnergy;
        t.embodiedPerServer = embodiedPerServer;
        t.acceleratorsPerServer = acceleratorsPerServer;
        t.wueOffsite = wueOffsite;
        return t;
    }

    public TrainingRun regions(RegionTable table) {
        this.table = Objects.requireNonNull(table);
        return this;
    }

    /** An accelerator by name from the bundled table (sets its maximum power). */
    public TrainingRun accelerator(String name) {
        return accelerator(Accelerators.get(name));
    }

    public TrainingRun accelerator(Accelerator a) {
        this.accelerator = Objects.requireNonNull(a);
        return this;
    }

    /** Power per accelerator (overrides the accelerator's maximum power). */
    public TrainingRun power(Quantity power) {
        return power(UncertainQuantity.ofNullable(power));
    }

    public TrainingRun power(UncertainQuantity power) {
        this.power = Check.nonNegative(power, Dimension.POWER, Field.POWER, "400 W");
        return this;
    }

    /** Number of accelerators (a plain number, not negative). */
    public TrainingRun count(Quantity count) {
        return count(UncertainQuantity.ofNullable(count));
    }

    public TrainingRun count(UncertainQuantity count) {
        this.count = Check.nonNegative(count, Dimension.NONE, Field.ACCELERATOR_COUNT, "384");
        return this;
    }

    public TrainingRun count(long count) {
        return count(Quantity.number(count));
    }

    /** Wall-clock duration of the run (with {@link #count}). */
    public TrainingRun duration(Quantity duration) {
        return duration(UncertainQuantity.ofNullable(duration));
    }

    public TrainingRun duration(UncertainQuantity duration) {
        this.duration = Check.nonNegative(duration, Dimension.TIME, Field.DURATION, "118 days");
        return this;
    }

    /** Total accelerator-hours (instead of count × duration). */
    public TrainingRun acceleratorHours(Quantity hours) {
        return acceleratorHours(UncertainQuantity.ofNullable(hours));
    }

    public TrainingRun acceleratorHours(UncertainQuantity hours) {
        this.acceleratorHours = Check.nonNegative(hours, Dimension.TIME, Field.ACCELERATOR_HOURS, "1082990 GPU-h");
        return this;
    }

    /** Average fraction of maximum power drawn (0-100%); an uncertain one stays within 0-100% in every draw. */
    public TrainingRun utilisation(Quantity fraction) {
        return utilisation(UncertainQuantity.ofNullable(fraction));
    }

    public TrainingRun utilisation(UncertainQuantity fraction) {
        this.utilisation = Check.fraction(fraction, Field.UTILISATION);
        return this;
    }

    public TrainingRun pue(Quantity pue) {
        return pue(UncertainQuantity.ofNullable(pue));
    }

    public TrainingRun pue(UncertainQuantity pue) {
        this.pue = Check.pue(pue, Field.PUE);
        return this;
    }

    /** A reported total energy (used as given: no power model, no PUE added). */
    public TrainingRun reportedEnergy(Quantity energy) {
        return reportedEnergy(UncertainQuantity.ofNullable(energy));
    }

    public TrainingRun reportedEnergy(UncertainQuantity energy) {
        this.reportedEnergy = Check.nonNegative(energy, Dimension.ENERGY, Field.REPORTED_ENERGY, "1287 MWh");
        return this;
    }

    public TrainingRun region(String name) {
        return region(table.lookup(name));
    }

    public TrainingRun region(Region region) {
        this.region = Objects.requireNonNull(region);
        return this;
    }

    public TrainingRun intensity(Quantity intensity) {
        return region(Region.given(new GridIntensity(intensity, GridBasis.LOCATION_LIFECYCLE, 0, source()), false));
    }

    public TrainingRun intensity(Quantity intensity, GridBasis basis) {
        return region(Region.given(new GridIntensity(intensity, basis, 0, source()), true));
    }

    /** A grid intensity that may be uncertain, on {@code basis} (null: location-based, lifecycle, as not stated). */
    public TrainingRun intensity(UncertainQuantity intensity, GridBasis basis) {
        GridIntensity g = GridIntensity.of(intensity, basis == null ? GridBasis.LOCATION_LIFECYCLE : basis, 0, source());
        return region(Region.given(g, basis != null));
    }

    private Source source() {
        return Source.userInput("training " + name);
    }

    public TrainingRun basis(GridBasis basis) {
        this.basis = basis;
        return this;
    }

    /** Embodied emissions per accelerator and its service lifetime; the run is charged its share of that lifetime. */
    public TrainingRun embodied(Quantity perAccelerator, Quantity lifetime) {
        return embodied(UncertainQuantity.ofNullable(perAccelerator), UncertainQuantity.ofNullable(lifetime));
    }

    /** The same with values that may be uncertain (an uncertain lifetime enters as a divisor, as it is). */
    public TrainingRun embodied(UncertainQuantity perAccelerator, UncertainQuantity lifetime) {
        this.embodiedPerAccelerator = Check.nonNegative(perAccelerator, Dimension.CO2E, Field.EMBODIED, "164 kgCO2e");
        this.lifetime = Check.positive(lifetime, Dimension.TIME, Field.LIFETIME, "4 years");
        return this;
    }

    /**
     * The servers' own embodied emissions (without their accelerators), shared by the accelerators
     * each holds (null: the cited 8 of an HGX-class server) and charged like theirs over {@code lifetime}.
     */
    public TrainingRun serverEmbodied(UncertainQuantity perServer, UncertainQuantity acceleratorsPerServer, UncertainQuantity lifetime) {
        this.embodiedPerServer = Check.nonNegative(perServer, Dimension.CO2E, Field.SERVER_EMBODIED, "2500 kgCO2e");
        this.acceleratorsPerServer = acceleratorsPerServer == null ? null
                : Check.positive(acceleratorsPerServer, Dimension.NONE, Field.ACCELERATORS_PER_SERVER, "8");
        this.lifetime = Check.positive(lifetime, Dimension.TIME, Field.LIFETIME, "6 years");
        return this;
    }

    /**
     * Energy the hardware drew while idle or waiting (static power), added to the dynamic energy;
     * no generic default is published, so it is an input (BLOOM's was 29% of its total).
     */
    public TrainingRun idleEnergy(UncertainQuantity energy) {
        this.idleEnergy = Check.nonNegative(energy, Dimension.ENERGY, Field.IDLE_ENERGY, "250 MWh");
        return this;
    }

    /** On-site water per kWh of IT energy (L/kWh); default the provider's for a cloud region, else none. */
    public TrainingRun wueOnsite(UncertainQuantity litresPerKwh) {
        this.wueOnsite = Check.nonNegative(litresPerKwh, Dimension.WATER_PER_ENERGY, Field.WUE_ONSITE, "0.3 L/kWh");
        return this;
    }

    /** Off-site water per kWh of electricity (L/kWh); default the region's country's, else the world's. */
    public TrainingRun wueOffsite(UncertainQuantity litresPerKwh) {
        this.wueOffsite = Check.nonNegative(litresPerKwh, Dimension.WATER_PER_ENERGY, Field.WUE_OFFSITE, "3.91 L/kWh");
        return this;
    }

    public String name() {
        return name;
    }

    public TrainingEstimate estimate() {
        RegionSplit split = region == null ? RegionSplit.worldDefault(table) : RegionSplit.single(region);
        if (basis != null) split = split.onBasis(basis);
        if (reportedEnergy != null) {
            UncertainQuantity known = acceleratorHours != null ? acceleratorHours
                    : count != null && duration != null ? resolveHours() : null;
            return TrainingEstimate.reported(name, reportedEnergy, known, split, embodiedInputs(known), water(), idleEnergy);
        }
        UncertainQuantity ah = resolveHours();
        UncertainQuantity p = power != null ? power : accelerator != null ? UncertainQuantity.of(accelerator.power()) : null;
        if (p == null) {
            throw new InputError(Field.POWER, "training '" + name + "' has no accelerator power",
                    "give an accelerator such as H100 SXM, or power such as 700 W");
        }
        Source pSource = power != null ? source() : accelerator.source();
        return TrainingEstimate.modelled(name, ah, acceleratorHours != null ? null : count, p, pSource, utilisation, pue, split,
                embodiedInputs(ah), water(), idleEnergy);
    }

    private TrainingEstimate.Water water() {
        return new TrainingEstimate.Water(wueOnsite, wueOffsite, pue);
    }

    private UncertainQuantity resolveHours() {
        if (acceleratorHours != null) return acceleratorHours;
        if (count != null && duration != null) return TrainingEquations.acceleratorHours(count, duration);
        throw new InputError(Field.ACCELERATOR_HOURS, "training '" + name + "' has neither accelerator-hours nor count and duration",
                "give hours such as 1082990 GPU-h, or accelerators 384 and duration 118 days");
    }

    private TrainingEstimate.Embodied embodiedInputs(UncertainQuantity ah) {
        if (embodiedPerAccelerator == null && embodiedPerServer == null) return null;
        if (ah == null) {
            throw new InputError(Field.EMBODIED, "needs accelerator-hours to charge a share of the lifetime",
                    "give accelerator-hours (or count and duration) as well as the reported energy");
        }
        Figure perServer = LiteratureFigures.get(ACCELERATORS_PER_SERVER);
        UncertainQuantity g = acceleratorsPerServer != null ? acceleratorsPerServer : UncertainQuantity.number(perServer.value());
        return new TrainingEstimate.Embodied(embodiedPerAccelerator, embodiedPerServer, g,
                acceleratorsPerServer != null ? source() : perServer.source(), lifetime);
    }
}
