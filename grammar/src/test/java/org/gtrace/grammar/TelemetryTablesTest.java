package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loaded tables of the user's own data measured by the language: telemetry, units in headers, columns. */
class TelemetryTablesTest {

    private final Session session = new Session();

    private Execution ok(String source) {
        Execution x = session.execute(source, "test");
        assertTrue(x.ok(), () -> x.format("test", source));
        return x;
    }

    /** The diagnostics of a program that must fail, as a user reads them. */
    private String failure(String source) {
        Execution x = session.execute(source, "test");
        assertFalse(x.ok(), source + " should fail");
        return x.format("test", source);
    }

    private static Report last(Execution x) {
        return x.reports().get(x.reports().size() - 1);
    }

    private static double metric(Report r, String key) {
        return r.metrics().stream().filter(m -> m.key().equals(key)).findFirst().map(m -> m.value().base())
                .orElseThrow(() -> new AssertionError("no " + key + " in " + r.title()));
    }

    @Test
    void aTableOverCountriesAndGoogleRegionsSumsOneBasis(@TempDir Path dir) throws IOException {
        // summed Google's direct figures with countries' lifecycle ones into one total (588.4 kg where one basis gave 623.1)
        Files.writeString(dir.resolve("tel.csv"), "day,energy [MWh],region\n1,2,FRA\n2,2,europe-west9\n3,1,us-central1\n");
        session.baseDirectory(dir);
        Report r = last(ok("load tel from \"tel.csv\"\nemissions tel"));
        // every row on location-based lifecycle: Paris on France's grid, Iowa on the USA's
        assertEquals(4000 * 0.05604 + 1000 * 0.3695, metric(r, "co2e_kg"), 0.5);
        assertTrue(r.table().stringColumn("basis").asList().stream().allMatch(b -> b.equals("location-based, lifecycle")),
                r.table().stringColumn("basis").asList().toString());
    }

    @Test
    void aTelemetryTableIsMeasuredByItsRegions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tel.csv"), "day,energy [MWh],region\n1,1,FRA\n2,3,FRA\n3,4,USA\n");
        session.baseDirectory(dir);
        ok("load tel from \"tel.csv\"\nworkload text fr < outputs 1; energy 4 MWh; region FRA >\n"
                + "workload text us < outputs 1; energy 4 MWh; region USA >");
        Report r = last(ok("emissions tel"));
        assertEquals(8000, metric(r, "energy_kwh"), 1e-9);
        // 4 MWh on France's grid and 4 MWh on the US grid: the same as the two workloads together
        double fr = metric(last(ok("emissions fr")), "co2e_kg");
        double us = metric(last(ok("emissions us")), "co2e_kg");
        assertEquals(fr + us, metric(r, "co2e_kg"), 1e-6);
        assertEquals("[FRA, USA]", r.table().stringColumn(0).asList().toString(), "a region breakdown from the region column");
        ok("let e = energy tel");
        assertEquals(8000, ((Quantity) session.value("e").orElseThrow()).base(), 1e-9);
        assertEquals("[tel, fr]", last(ok("compare tel, fr")).table().stringColumn(0).asList().toString());
    }

    @Test
    void aTableWithoutAnEnergyUnitSaysHowToGiveIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("raw.csv"), "day,energy\n1,3\n");
        session.baseDirectory(dir);
        ok("load raw from \"raw.csv\"");
        String text = failure("emissions raw");
        assertTrue(text.contains("gives no unit of energy") && text.contains("energy [kWh]"), text);
    }

    @Test
    void aUnitSuffixInAHeaderCountsAndAVolumeColumnCountsOutputs(@TempDir Path dir) throws IOException {
        // as CSV exports write them: energy_kwh is kWh; _ml could be mL or ML, so it is no unit
        Files.writeString(dir.resolve("t.csv"), "region,requests,energy_kwh,vol_ml\nFRA,10,1.5,3\nFRA,30,2.5,4\n");
        session.baseDirectory(dir);
        ok("load t from \"t.csv\"\nlet e = sum(t.energy)");
        assertEquals(4.0, ((Quantity) session.value("e").orElseThrow()).base(), 1e-12, "t.energy finds energy_kwh, in kWh");
        Report r = last(ok("emissions t"));
        Quantity n = r.metrics().get(0).derivation().inputs().stream().filter(i -> i.symbol().equals("N")).findFirst()
                .orElseThrow().value();
        assertEquals(40, n.base(), 1e-9, "the requests column counts the outputs");
        assertEquals(4.0, metric(r, "energy_kwh"), 1e-12);
        Report col = last(ok("t.vol_ml"));
        assertEquals("[3.0, 4.0]", col.table().doubleColumn(0).asList().toString(), "a column on its own shows as a table");
    }

    @Test
    void aColumnWhereOneQuantityIsNeededSaysHowToTakeOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.csv"), "energy [kWh]\n1\n2\n");
        session.baseDirectory(dir);
        ok("load t from \"t.csv\"");
        String text = failure("expect t.energy == 3 kWh");
        assertTrue(text.contains("sum(…), mean(…)"), text);
        ok("expect sum(t.energy) == 3 kWh");
    }
}
