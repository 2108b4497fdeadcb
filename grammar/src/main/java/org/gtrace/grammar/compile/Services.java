package org.gtrace.grammar.compile;

/**
 * What compiled steps call into: the estimation bridge, and the front end's report writer.
 * Extended (additively) as runtime support lands.
 */
public record Services(Estimator estimator, StudyWriter writer) {

    public Services(Estimator estimator) {
        this(estimator, StudyWriter.NONE);
    }
}
