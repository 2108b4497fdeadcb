package org.gtrace.grammar.compile;

import java.util.List;
import java.util.Map;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.equivalents.EquivalenceSet;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;

/**
 * The bridge from compiled steps to the estimation core. Steps never compute a methodology
 * number themselves; they ask the estimator, which calls the stdlib.
 */
public interface Estimator {

    /** Energy, CO2e and water of a workload, training run or simulation. */
    Estimate estimate(Declared thing, RunContext ctx);

    /**
     * Checks a declaration against the core when it is made, so bad values are reported at the
     * declaration; throws the core's InputError (its field names the property).
     */
    default void validate(Declared thing, RunContext ctx) {
    }

    /** The central count of outputs a workload serves, however its volume is written; 0 when it gives none. */
    default double outputs(Declared workload, RunContext ctx) {
        return 0;
    }

    /** Training amortised over the outputs of the serving workloads, inference share, break-even. */
    Report lifecycle(Declared training, List<Declared> serving, Quantity lifetimeOutputs, RunContext ctx, int line);

    /** Energy and CO2e (either may be null) in car km, phone charges, household days, with sources. */
    Report equivalents(String subject, Quantity energy, Quantity co2e, EquivalenceSet factors, int line);

    /** The AI Sustainability Pyramid assessment of a workload with the practices an assess block declares. */
    Report assess(Declared target, Properties props, RunContext ctx, int line);

    /**
     * The grid a region name draws from, as a key a telemetry table and a grid table share: a
     * country's ISO3 code (a cloud region's is its country's: operators export per country or
     * zone), else the region's own id; so GB, GBR, "United Kingdom" and gcp:europe-west2 meet.
     * An unknown name is an error with close names.
     */
    String gridKey(String region, RunContext ctx);

    /**
     * The Software Carbon Intensity of a workload per functional unit: {@code unit} is an output
     * word, "token", "second", or the user's own with {@code count} of it served (null otherwise).
     */
    Report sci(Declared workload, String unit, Quantity count, RunContext ctx, int line);

    /** Markdown describing a region, bundled or declared (for {@code explain FRA}). */
    default Report describeRegion(String region, RunContext ctx, int line) {
        return Report.text(line, "Region " + region, "No description available for region " + region + ".");
    }
}
