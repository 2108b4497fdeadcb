package org.gtrace.grammar.compile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import tech.tablesaw.api.Table;

/**
 * What a declared thing uses and emits: its headline metrics (one set of statistics: means and
 * bands under uncertainty), the same measures as formulas of its inputs (so arithmetic on
 * {@code emissions X} stays joint with X's inputs), a breakdown by region when it has one, notes,
 * and the core's own report of it (null when the estimate was assembled here).
 */
public record Estimate(String subject, List<Metric> metrics, Map<Measure, UncertainQuantity> values, Supplier<Table> regions,
                       List<String> notes, Supplier<Report> reportOf) {

    public Estimate {
        metrics = List.copyOf(metrics);
        values = Map.copyOf(values);
        notes = List.copyOf(notes);
        regions = regions == null ? () -> null : regions;
        reportOf = reportOf == null ? () -> null : reportOf;
    }

    /** An estimate whose table and report are already built. */
    public Estimate(String subject, List<Metric> metrics, Map<Measure, UncertainQuantity> values, Table byRegion, List<String> notes,
                    Report report) {
        this(subject, metrics, values, () -> byRegion, notes, () -> report);
    }

    /** The breakdown by region, built only when shown (tables cost more than the numbers). */
    public Table byRegion() {
        return regions.get();
    }

    /** The core's own report of this estimate, built when shown, or null. */
    public Report report() {
        return reportOf.get();
    }

    public Optional<Metric> metric(Measure m) {
        return metrics.stream().filter(x -> x.measure() == m).findFirst();
    }

    /** The measure as a formula of the thing's inputs, when the estimate has it. */
    public Optional<UncertainQuantity> value(Measure m) {
        return Optional.ofNullable(values.get(m));
    }
}
