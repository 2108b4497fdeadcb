/** JMH benchmarks; run with {@code bench/run-jmh}. Figures go into the README's Performance table. */
package org.gtrace.bench;
