package org.gtrace.stdlib.equivalents;

import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.units.Quantity;

/**
 * One familiar equivalent of a result.
 *
 * @param name       what it counts, e.g. "car km"
 * @param key        JSON field, e.g. "car_km"
 * @param value      the count (a plain number)
 * @param unit       word for the count: "km", "charges", "household-days"
 * @param source     the cited factor
 * @param derivation formula and values
 */
public record Equivalent(String name, String key, Quantity value, String unit, Source source, Derivation derivation) {}
