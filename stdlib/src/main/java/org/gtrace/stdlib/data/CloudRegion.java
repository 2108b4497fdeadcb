package org.gtrace.stdlib.data;

/**
 * A cloud region mapped to its country (CodeCarbon's impact table).
 *
 * @param provider         gcp, aws or azure
 * @param region           provider's region id
 * @param countryName      country
 * @param countryIso3      ISO 3166-1 alpha-3 code
 * @param city             city, or ""
 * @param intensityGPerKwh grid intensity CodeCarbon lists (gCO2e/kWh)
 * @param citation         the row's source link
 */
public record CloudRegion(String provider, String region, String countryName, String countryIso3, String city,
                          double intensityGPerKwh, String citation) {}
