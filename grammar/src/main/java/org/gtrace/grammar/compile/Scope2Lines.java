package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.ModelDocumentation;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Scope2Line;
import org.gtrace.stdlib.units.Dimension;

/**
 * A result's Scope 2 line: the estimator already gives a market-based result its location-based
 * twin ({@link Measure#CO2E_LOCATION}), so this only reads which is which and names the factors.
 * No conversion between bases is made: a side without its own factor is "not known".
 */
final class Scope2Lines {

    private Scope2Lines() {}

    static Optional<Scope2Line> of(String subject, Report result) {
        Optional<Metric> co2e = metric(result, Measure.CO2E);
        if (co2e.isEmpty()) return Optional.empty();
        Optional<Metric> location = metric(result, Measure.CO2E_LOCATION);
        Set<String> factors = new LinkedHashSet<>();
        if (co2e.get().derivation() != null) factors(co2e.get().derivation(), factors);
        boolean market = location.isPresent() || factors.stream().anyMatch(f -> f.contains("market-based"));
        String shown = format(co2e.get());
        if (market) {
            String loc = location.map(Scope2Lines::format).orElse(ModelDocumentation.NOT_KNOWN);
            return Optional.of(new Scope2Line(subject, loc, shown, location.isPresent() ? ""
                    : "no location-based twin was computed for this result", List.copyOf(factors)));
        }
        return Optional.of(new Scope2Line(subject, shown, ModelDocumentation.NOT_KNOWN,
                "no market-based factor (an energy attribute certificate, a contract or a supplier's rate) was given; declare one as"
                        + " region r from FRA < intensity 20 g/kWh; basis market > and serve from r", List.copyOf(factors)));
    }

    private static Optional<Metric> metric(Report r, Measure m) {
        return r.metrics().stream().filter(x -> x.measure() == m).findFirst();
    }

    private static String format(Metric m) {
        return m.isUncertain() ? m.format(m.value()) + " (p5 " + m.format(m.p5()) + ", p95 " + m.format(m.p95()) + ")" : m.value().format();
    }

    /** Every grid factor a derivation used, with its rank: the study's own instrument, or a grid average. */
    private static void factors(Derivation d, Set<String> out) {
        for (Derivation.Input in : d.inputs()) {
            if (!in.value().dimension().equals(Dimension.INTENSITY) || in.source() == null) continue;
            boolean own = in.source().isUserInput();
            boolean market = in.meaning().contains("market-based");
            String rank = market ? (own ? "market-based: the study's own instrument (contract or supplier rate)" : "market-based")
                    : own ? "location-based: a grid average given by the study" : "location-based: grid average";
            out.add(in.meaning() + " = " + in.value().format() + " — " + rank + "; source: " + in.source().line());
        }
        for (Derivation step : d.steps()) factors(step, out);
    }
}
