package org.gtrace.stdlib.report;

import org.gtrace.stdlib.units.Dimension;

/**
 * What a headline number measures, with its name for people and its field for machines (the
 * CLI's JSON contract: base units, so {@code energy_kwh}, {@code co2e_kg}, {@code water_l}).
 */
public enum Measure {
    ENERGY("energy", "energy_kwh", Dimension.ENERGY),
    CO2E("CO2e", "co2e_kg", Dimension.CO2E),
    /** The same emissions location-based, shown beside market-based ones (GHG Protocol Scope 2 dual reporting). */
    CO2E_LOCATION("CO2e, location-based", "co2e_location_kg", Dimension.CO2E),
    WATER("water", "water_l", Dimension.WATER),
    OUTPUTS("outputs", "outputs", Dimension.OUTPUTS),
    GRID_INTENSITY("grid intensity", "intensity_kg_per_kwh", Dimension.INTENSITY),
    INFERENCE_SHARE("inference share", "inference_share", Dimension.NONE),
    BREAK_EVEN_OUTPUTS("break-even outputs", "break_even_outputs", Dimension.OUTPUTS),
    TRAINING_CO2E_PER_OUTPUT("training CO2e per output", "training_co2e_per_output_kg", Dimension.CO2E_PER_OUTPUT),
    CO2E_PER_OUTPUT("CO2e per output", "co2e_per_output_kg", Dimension.CO2E_PER_OUTPUT),
    /** Software Carbon Intensity (ISO/IEC 21031), kgCO2e per functional unit of the user's choosing. */
    SCI("SCI", "sci_kg_per_unit", null),
    PYRAMID_LEVEL("pyramid level", "level", Dimension.NONE),
    CAR_KM("car km", "car_km", Dimension.NONE),
    SMARTPHONE_CHARGES("smartphone charges", "smartphone_charges", Dimension.NONE),
    HOUSEHOLD_DAYS("household-days of electricity", "household_days", Dimension.NONE),
    /** Any other quantity a statement shows (a let, a figure). */
    VALUE("value", "value", null);

    /** The three the CLI contract names, in display order. */
    public static final java.util.List<Measure> FOOTPRINT = java.util.List.of(ENERGY, CO2E, WATER);

    private final String label;
    private final String key;
    private final Dimension dimension;

    Measure(String label, String key, Dimension dimension) {
        this.label = label;
        this.key = key;
        this.dimension = dimension;
    }

    /** The name shown to people: "energy", "CO2e". */
    public String label() {
        return label;
    }

    /** The JSON field stem, in base units: "energy_kwh". */
    public String key() {
        return key;
    }

    /** The dimension its values have, or null for {@link #VALUE}. */
    public Dimension dimension() {
        return dimension;
    }

    /** The footprint measure a quantity of {@code d} is (energy, CO2e, water), else {@link #VALUE}. */
    public static Measure of(Dimension d) {
        for (Measure m : FOOTPRINT) if (m.dimension.equals(d)) return m;
        return VALUE;
    }
}
