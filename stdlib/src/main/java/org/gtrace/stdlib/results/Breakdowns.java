package org.gtrace.stdlib.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.Modality;
import org.gtrace.stdlib.inference.RegionResult;
import org.gtrace.stdlib.report.QuantityColumns;
import org.gtrace.stdlib.training.TrainingEstimate;
import org.gtrace.stdlib.units.Dimension;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Result tables over several estimates: by modality, by region (summed over workloads), by phase
 * (training and inference), and one row per estimate for comparing scenarios. Numeric columns carry
 * their unit in brackets, chosen for the column's values.
 */
public final class Breakdowns {

    private Breakdowns() {}

    /** Energy, CO2e and water per modality, in the order modalities first appear. */
    public static Table byModality(List<InferenceEstimate> estimates) {
        Map<Modality, double[]> sums = new LinkedHashMap<>();
        for (InferenceEstimate e : estimates) {
            double[] s = sums.computeIfAbsent(e.modality(), m -> new double[4]);
            s[0] += e.outputs().base();
            s[1] += e.energy().base();
            s[2] += e.co2e().base();
            s[3] += e.water().base();
        }
        List<String> names = new ArrayList<>();
        for (Modality m : sums.keySet()) names.add(m.word());
        return withTotals("by modality", StringColumn.create("modality", names), new ArrayList<>(sums.values()));
    }

    /** Energy, CO2e and water per region at central values, summed over the workloads, in order of first appearance. */
    public static Table byRegion(List<InferenceEstimate> estimates) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (InferenceEstimate e : estimates) {
            for (RegionResult r : e.byRegion()) {
                double[] s = sums.computeIfAbsent(r.region().id(), k -> new double[4]);
                s[0] += e.outputs().base() * r.centralShare();
                s[1] += r.energy().centralBase();
                s[2] += r.co2e().centralBase();
                s[3] += r.water().centralBase();
            }
        }
        return withTotals("by region", StringColumn.create("region", new ArrayList<>(sums.keySet())), new ArrayList<>(sums.values()));
    }

    /** One row per estimate (scenarios, workloads) for side-by-side comparison. */
    public static Table compare(List<InferenceEstimate> estimates) {
        List<double[]> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (InferenceEstimate e : estimates) {
            names.add(e.name());
            rows.add(new double[] {e.outputs().base(), e.energy().base(), e.co2e().base(), e.water().base()});
        }
        return withTotals("comparison", StringColumn.create("name", names), rows);
    }

    /** Energy and CO2e of training runs and inference workloads, one row per phase. */
    public static Table byPhase(List<TrainingEstimate> trainings, List<InferenceEstimate> inferences) {
        double tE = 0, tC = 0, iE = 0, iC = 0;
        for (TrainingEstimate t : trainings) { tE += t.energy().base(); tC += t.co2e().base(); }
        for (InferenceEstimate i : inferences) { iE += i.energy().base(); iC += i.co2e().base(); }
        double total = tC + iC;
        return Table.create("by phase", StringColumn.create("phase", new String[] {"training", "inference"}),
                QuantityColumns.quantity("energy", Dimension.ENERGY, new double[] {tE, iE}),
                QuantityColumns.quantity("CO2e", Dimension.CO2E, new double[] {tC, iC}),
                QuantityColumns.inUnit("share of CO2e", "%", new double[] {total == 0 ? 0 : tC / total, total == 0 ? 0 : iC / total}));
    }

    private static Table withTotals(String title, StringColumn key, List<double[]> rows) {
        int n = rows.size();
        double[] outputs = new double[n], energy = new double[n], co2e = new double[n], water = new double[n];
        for (int i = 0; i < n; i++) {
            outputs[i] = rows.get(i)[0];
            energy[i] = rows.get(i)[1];
            co2e[i] = rows.get(i)[2];
            water[i] = rows.get(i)[3];
        }
        return Table.create(title, key, QuantityColumns.inUnit("outputs", "outputs", outputs),
                QuantityColumns.quantity("energy", Dimension.ENERGY, energy), QuantityColumns.quantity("CO2e", Dimension.CO2E, co2e),
                QuantityColumns.quantity("water", Dimension.WATER, water));
    }
}
