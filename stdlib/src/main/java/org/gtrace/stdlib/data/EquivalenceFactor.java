package org.gtrace.stdlib.data;

import org.gtrace.stdlib.provenance.Source;

/**
 * A cited factor for expressing a result as something familiar.
 *
 * @param id         stable key, e.g. car.us.2024
 * @param set        the set it belongs to (us, uk), or * for every set
 * @param kind       what it converts to: car, smartphone or household
 * @param subject    what it is
 * @param value      the number as published
 * @param unit       its unit as written in the file
 * @param basis      "co2e" or "energy": which result it converts
 * @param year       year the figure refers to (0 when the source does not say)
 * @param citation   URL of its source
 * @param licence    licence of the source
 * @param confidence verified or secondary
 * @param notes      how the source computed it
 */
public record EquivalenceFactor(String id, String set, String kind, String subject, double value, String unit, String basis, int year,
                                String citation, String licence, String confidence, String notes) {

    public Source source() {
        return new Source(id, subject, citation, year, licence, confidence, notes);
    }

    /** Whether this factor serves the named set. */
    public boolean inSet(String name) {
        return set.equals("*") || set.equals(name);
    }
}
