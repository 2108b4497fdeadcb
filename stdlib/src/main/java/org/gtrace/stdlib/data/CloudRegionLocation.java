package org.gtrace.stdlib.data;

/**
 * Where an AWS or Azure region is, from the provider's own region list.
 *
 * @param provider    aws or azure
 * @param region      the provider's region id, e.g. us-east-1, westeurope
 * @param name        the provider's display name
 * @param countryIso3 the country it lies in
 * @param citation    the provider page listing it
 */
public record CloudRegionLocation(String provider, String region, String name, String countryIso3, String citation) {}
