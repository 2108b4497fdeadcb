/**
 * Binds the language to the estimation core: a declaration's evaluated properties become the
 * stdlib's typed builders ({@code Workload}, {@code TrainingRun}, {@code ViralScenario}, regions),
 * whose estimates are formulas of the inputs; {@link org.gtrace.grammar.bind.CoreEstimator}
 * propagates them once per statement and hands back one set of statistics.
 */
package org.gtrace.grammar.bind;
