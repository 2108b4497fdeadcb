package org.gtrace.grammar.compile;

/**
 * What compiled steps call into: the estimation bridge. Extended (additively) as runtime
 * support lands: uncertainty, simulation, pyramid.
 */
public record Services(Estimator estimator) {}
