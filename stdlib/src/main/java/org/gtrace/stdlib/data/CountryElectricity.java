package org.gtrace.stdlib.data;

/**
 * One country's yearly electricity figures from Our World in Data / Ember.
 *
 * @param iso3             ISO 3166-1 alpha-3 code
 * @param name             country name as in the dataset
 * @param intensityGPerKwh lifecycle, location-based carbon intensity of electricity (gCO2e/kWh)
 * @param year             year of the figures
 * @param totalTwh         electricity generation (TWh)
 * @param lowCarbonTwh     low-carbon generation (TWh)
 * @param fossilTwh        fossil generation (TWh)
 */
public record CountryElectricity(String iso3, String name, double intensityGPerKwh, int year, double totalTwh,
                                 double lowCarbonTwh, double fossilTwh) {}
