package org.gtrace.stdlib.report;

import java.util.List;

/**
 * One result's electricity emissions as the GHG Protocol Scope 2 Guidance (2015) asks them
 * reported: location-based (grid-average factors) beside market-based (the factors of the
 * contracts and supplier rates the study holds), with each factor used and where it sits in the
 * hierarchy. A side the study gives no factor for is {@link ModelDocumentation#NOT_KNOWN}, with
 * what would give it.
 *
 * @param location the location-based total, formatted, or "not known"
 * @param market   the market-based total, formatted, or "not known"
 * @param why      what is missing and how to give it, or ""
 * @param factors  each grid factor used: its value, basis and source, and its rank in the hierarchy
 */
public record Scope2Line(String subject, String location, String market, String why, List<String> factors) {

    public Scope2Line {
        factors = List.copyOf(factors);
    }
}
