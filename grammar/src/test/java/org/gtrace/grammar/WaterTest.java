package org.gtrace.grammar;

import static org.gtrace.grammar.Programs.error;
import static org.gtrace.grammar.Programs.last;
import static org.gtrace.grammar.Programs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.Test;

/** Water by region, for workloads and training runs, and never a water rate silently ignored (issue 13). */
class WaterTest {

    private static double litres(String program) {
        return metric(last(program), "water_l").value().base();
    }

    @Test
    void theSameLoadDrinksWhatEachCountrysElectricityDoes() {
        String w = "workload text w < queries 1M; energy 1 Wh; region %s >\nwater w";
        // were 3,910 L in all three (the world figure)
        assertEquals(3433, litres(w.formatted("NLD")), 1e-6);
        assertEquals(6031.5, litres(w.formatted("SWE")), 1e-6);
        assertEquals(2513.5, litres(w.formatted("POL")), 1e-6);
    }

    @Test
    void aTrainingRunHasWaterAndItsWueIsUsed() {
        // printed a "Water of t" heading over energy and CO2e only, and the wue was accepted and ignored
        Report t = last("training t < accelerator \"H100 SXM\"; accelerator_hours 1M h; pue 1.2; region SWE; wue 0.5 L/kWh >\n"
                + "water t");
        assertEquals(0.5 * 700_000 + 6.0315 * 840_000, metric(t, "water_l").value().base(), 1e-3);
    }

    private static final String SIM = "simulate s < users 1M; days 10; adoption logistic(peak = 5, width = 2);"
            + " outputs_per_user poisson(1); engine aggregate; ";

    @Test
    void aSimulationDrinksWhatItsRegionsDo() {
        // took wue only to refuse it: a simulation reported energy and CO2e, no water
        Report one = last(SIM + "energy 1 Wh; region SWE; wue 1 L/kWh >\nwater s");
        // PUE 1 (energy taken as facility energy): W = E × (WUE_on + WUE_off) = E × (1 + 6.0315)
        double energy = metric(one, "energy_kwh").value().base();
        assertEquals(energy * 7.0315, metric(one, "water_l").value().base(), energy * 1e-9);
        // two regions: each region's energy at its own off-site rate (SWE 6.0315, POL 2.5135 L/kWh)
        Report two = last(SIM + "energy 1 Wh; region SWE 50%, POL 50% >\nwater s");
        tech.tablesaw.api.Table t = two.table();
        String col = t.columnNames().stream().filter(n -> n.startsWith("Energy [")).findFirst().orElseThrow();
        double toKwh = org.gtrace.stdlib.units.Units.parse(col.substring(8, col.length() - 1)).toBase(1);
        double expected = 0;
        for (int row = 0; row < t.rowCount(); row++) {
            double rate = t.stringColumn("Region").get(row).equals("SWE") ? 6.0315 : 2.5135;
            expected += t.doubleColumn(col).get(row) * toKwh * rate;
        }
        assertEquals(expected, metric(two, "water_l").value().base(), expected * 1e-6);
        assertTrue(two.notes().contains("on-site water not counted: no generic on-site WUE is published; give wue to include it"),
                two.notes().toString());
    }

    @Test
    void anUncertainSimulationCarriesItsWaterBand() {
        Report r = last(SIM + "energy 1 .. 3 Wh; region NLD >\nwater s");
        // linear in energy, one region, PUE 1: the mean water is the mean energy × 3.433 L/kWh
        double energy = metric(r, "energy_kwh").value().base();
        assertEquals(energy * 3.433, metric(r, "water_l").value().base(), energy * 3.433 * 1e-3);
        assertTrue(metric(r, "water_l").band() != null, "the water has its p5–p95 band");
    }

    @Test
    void outputsPerUserIsACountOrACountDistributionNotARange() {
        // crashed with a ClassCastException for a plain number or a range
        Report plain = last(SIM.replace("poisson(1)", "2") + "energy 1 Wh >\nenergy s");
        assertTrue(metric(plain, "outputs").value().base() > 0);
        Diagnostic d = error(SIM.replace("poisson(1)", "1 .. 3") + "energy 1 Wh >");
        assertTrue(d.message().startsWith("'outputs_per_user' takes a count or a count distribution, not a range"), d.message());
    }
}
