package org.gtrace.grammar.compile;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import tech.tablesaw.api.Table;

/**
 * What a declared thing uses and emits: its headline metrics (keys energy_kwh, co2e_kg,
 * water_l), a breakdown by region when it has one, notes (basis, year, defaults used), and the
 * core's own report of it (null when the estimate was assembled here).
 */
public record Estimate(String subject, List<Metric> metrics, Supplier<Table> regions, List<String> notes,
                       Supplier<Report> reportOf) {

    public Estimate {
        metrics = List.copyOf(metrics);
        notes = List.copyOf(notes);
        regions = regions == null ? () -> null : regions;
        reportOf = reportOf == null ? () -> null : reportOf;
    }

    /** An estimate whose table and report are already built. */
    public Estimate(String subject, List<Metric> metrics, Table byRegion, List<String> notes, Report report) {
        this(subject, metrics, () -> byRegion, notes, () -> report);
    }

    /** The breakdown by region, built only when shown (tables cost more than the numbers). */
    public Table byRegion() {
        return regions.get();
    }

    /** The core's own report of this estimate, built when shown, or null. */
    public Report report() {
        return reportOf.get();
    }

    public Optional<Metric> metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
