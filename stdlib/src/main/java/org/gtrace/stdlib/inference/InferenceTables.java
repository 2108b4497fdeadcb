package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.QuantityColumns;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Statistics;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Unit;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tables and reports for an {@link InferenceEstimate}, with the statistics of one run (or central values). */
final class InferenceTables {

    private InferenceTables() {}

    static Table byRegion(InferenceEstimate est, Statistics s) {
        List<RegionResult> rs = est.byRegion();
        int n = rs.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        String[] bases = new String[n];
        String[] years = new String[n];
        double[] share = new double[n];
        double[] intensity = new double[n];
        double[] energy = new double[n];
        double[] co2e = new double[n];
        double[] water = new double[n];
        for (int i = 0; i < n; i++) {
            RegionResult r = rs.get(i);
            ids[i] = r.region().id();
            names[i] = r.region().name();
            bases[i] = r.grid().basis().describe();
            years[i] = r.grid().year() > 0 ? String.valueOf(r.grid().year()) : ""; // text: a year is a label, not a quantity
            share[i] = s.value(r.share()).base();
            intensity[i] = s.value(r.grid().draws()).base();
            energy[i] = s.value(r.energy()).base();
            co2e[i] = s.value(r.co2e()).base();
            water[i] = s.value(r.water()).base();
        }
        String title = "CO2e of " + est.name() + " by region" + (s.uncertain() ? " (means)" : "");
        return Table.create(title,
                StringColumn.create("region", ids), StringColumn.create("name", names),
                QuantityColumns.inUnit("share", "%", share), QuantityColumns.inUnit("intensity", "g/kWh", intensity),
                StringColumn.create("basis", bases), StringColumn.create("year", years),
                QuantityColumns.quantity("energy", Dimension.ENERGY, energy), QuantityColumns.quantity("CO2e", Dimension.CO2E, co2e),
                QuantityColumns.quantity("water", Dimension.WATER, water));
    }

    static Report report(InferenceEstimate est, int line, Statistics s) {
        List<UncertainQuantity> values = List.of(est.energyValue(), est.co2eValue(), est.waterValue(), est.outputsValue());
        List<Metric> metrics = new ArrayList<>(List.of(
                s.metric(Measure.ENERGY, est.energyValue(), est.energyDerivation()),
                s.metric(Measure.CO2E, est.co2eValue(), est.co2eDerivation()),
                s.metric(Measure.WATER, est.waterValue(), est.waterDerivation())));
        if (est.co2eLocationValue() != null) metrics.add(s.metric(Measure.CO2E_LOCATION, est.co2eLocationValue(), null));
        // an uncertain volume is a result too: show its band
        if (!est.outputsValue().isPoint()) metrics.add(s.metric(Measure.OUTPUTS, est.outputsValue(), null));
        List<ChartSpec> charts = new ArrayList<>();
        if (est.byRegion().size() > 1) charts.add(co2eChart(est, s));
        charts.addAll(s.tornadoes(metrics.subList(0, 3), values.subList(0, 3)));
        List<String> notes = new ArrayList<>(est.notes());
        notes.addAll(s.notes(metrics));
        return new Report(line, est.name(), "Emissions of " + est.name(), metrics, byRegion(est, s), charts, null, notes);
    }

    private static ChartSpec co2eChart(InferenceEstimate est, Statistics s) {
        List<String> cats = new ArrayList<>();
        double max = 0;
        for (RegionResult r : est.byRegion()) max = Math.max(max, s.value(r.co2e()).base());
        Unit u = QuantityColumns.unitFor(Dimension.CO2E, max);
        double[] v = new double[est.byRegion().size()];
        for (int i = 0; i < v.length; i++) {
            RegionResult r = est.byRegion().get(i);
            cats.add(r.region().id());
            v[i] = u.fromBase(s.value(r.co2e()).base());
        }
        return new ChartSpec(ChartSpec.Kind.BAR, "CO2e of " + est.name() + " by region", "region", "CO2e (" + u.symbol() + ")",
                u.symbol(), cats, List.of(ChartSpec.Series.of("CO2e", v)),
                s.uncertain() ? "means over the Monte Carlo draws; grid figures: see notes" : "grid figures: see notes");
    }
}
