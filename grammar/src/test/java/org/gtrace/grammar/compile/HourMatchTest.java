package org.gtrace.grammar.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.ChartSpec;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emissions tel with grid}: telemetry priced interval by interval, through the real session on real files. */
class HourMatchTest {

    // half-hours from 00:00Z: GBR 100, 200, 50 g/kWh; France 20 throughout
    private static final String GRID = """
            time,region,intensity [g/kWh]
            2025-03-25T00:00:00Z,GBR,100
            2025-03-25T00:30:00Z,GBR,200
            2025-03-25T01:00:00Z,GBR,50
            2025-03-25T00:00:00Z,FR,20
            2025-03-25T00:30:00Z,France,20
            2025-03-25T01:00:00Z,FRA,20
            """;

    private static final String TEL = """
            datetime,region,model,energy [kWh]
            2025-03-25T00:10:00Z,GBR,a,1
            2025-03-25T00:40:00Z,GBR,a,2
            2025-03-25T01:05:00Z,FRA,b,3
            """;

    @TempDir
    Path dir;

    private Session session;

    @BeforeEach
    void load() throws IOException {
        Files.writeString(dir.resolve("grid.csv"), GRID);
        Files.writeString(dir.resolve("tel.csv"), TEL);
        session = new Session();
        session.baseDirectory(dir);
        run("load grid from \"grid.csv\"\nload tel from \"tel.csv\"");
    }

    private Report run(String code) {
        Execution x = session.execute(code, "cell");
        assertTrue(x.ok(), () -> x.format("cell", code));
        return x.reports().get(x.reports().size() - 1);
    }

    private Diagnostic error(String code) {
        return session.execute(code, "cell").firstError().orElseThrow(() -> new AssertionError("no error for " + code));
    }

    private static double annualKg(Report r) {
        return r.metrics().stream().filter(m -> m.measure() == Measure.CO2E).findFirst().orElseThrow().value().base();
    }

    @Test
    void eachSliceMeetsItsOwnIntervalAndRegionCheckedByHand() {
        double annual = annualKg(run("emissions tel"));
        Report r = run("emissions tel with grid");
        // 1 kWh × 100 + 2 kWh × 200 + 3 kWh × 20 (the grid's FR, France and FRA are one) = 560 g
        assertEquals(0.560, r.metrics().get(0).value().base(), 1e-12);
        var co2e = r.table().doubleColumn("CO2e [gCO2e]");
        var intensity = r.table().doubleColumn("intensity [g/kWh]");
        assertEquals(annual * 1000, co2e.get(0), 1e-6);
        assertEquals(560, co2e.get(1), 1e-9);
        assertEquals(560 - annual * 1000, co2e.get(2), 1e-6);
        // met 560 / 6 g/kWh; the plain means over each region's span, by energy: 0.5 × 150 + 0.5 × 20 = 85
        assertEquals(560 / 6.0, intensity.get(1), 1e-9);
        assertEquals(560 / 6.0 - 85, intensity.get(4), 1e-9);
        assertEquals(intensity.get(2), intensity.get(3) + intensity.get(4), 1e-9);
        assertEquals(ChartSpec.Kind.LINE, r.charts().get(0).kind());
        assertEquals(List.of("2025-03-25T00:00Z", "2025-03-25T00:30Z", "2025-03-25T01:00Z"), r.charts().get(0).categories());
        assertTrue(r.notes().get(0).contains("3 half-hours"), r.notes().get(0));
    }

    @Test
    void aBreakdownGivesAnnualAndMatchedSideBySide() {
        Report r = run("emissions tel by model with grid");
        assertEquals(List.of("a", "b"), r.table().stringColumn("model").asList());
        assertEquals(500, r.table().doubleColumn("hour-matched [gCO2e]").get(0), 1e-9);
        assertEquals(60, r.table().doubleColumn("hour-matched [gCO2e]").get(1), 1e-9);
        assertEquals(ChartSpec.Kind.BAR, r.charts().get(0).kind());
        assertEquals(2, r.charts().get(0).series().size());
    }

    @Test
    void filtersApplyBeforeTheMatch() {
        Report r = run("emissions tel where region = FRA with grid");
        assertEquals(0.060, r.metrics().get(0).value().base(), 1e-12);
    }

    @Test
    void energyOutsideTheGridIsRefusedWithWhereItLies() throws IOException {
        Files.writeString(dir.resolve("late.csv"), TEL + "2025-03-25T03:00:00Z,GBR,a,4\n");
        run("load late from \"late.csv\"");
        Diagnostic d = error("emissions late with grid");
        assertTrue(d.message().contains("4 kWh of 'late' fall in 1 half-hours that grid table 'grid' has no intensity for,"
                + " the first at 2025-03-25T03:00:00Z in GBR"), d.message());
        assertTrue(d.hint().contains("where date >= 2025-03-25"), d.hint());
    }

    @Test
    void aRegionTheGridLacksIsNamed() throws IOException {
        Files.writeString(dir.resolve("de.csv"), "datetime,region,energy [kWh]\n2025-03-25T00:10:00Z,DEU,1\n");
        run("load de from \"de.csv\"");
        Diagnostic d = error("emissions de with grid");
        assertTrue(d.message().startsWith("grid table 'grid' has no intervals for DEU"), d.message());
        assertTrue(d.hint().contains("its regions: FRA, GBR"), d.hint());
    }

    @Test
    void aGridOffItsClockOrWithTwoRowsForAnIntervalIsRefused() throws IOException {
        Files.writeString(dir.resolve("odd.csv"), "time,region,intensity [g/kWh]\n2025-03-25T00:00:00Z,GBR,1\n"
                + "2025-03-25T00:30:00Z,GBR,1\n2025-03-25T00:50:00Z,GBR,1\n");
        Files.writeString(dir.resolve("twice.csv"), "time,region,intensity [g/kWh]\n2025-03-25T00:00:00Z,GBR,1\n"
                + "2025-03-25T00:00:00Z,GB,2\n");
        run("load odd from \"odd.csv\"\nload twice from \"twice.csv\"");
        assertTrue(error("emissions tel where region = GBR with odd").message().contains("off its clock"));
        assertTrue(error("emissions tel with twice").message().contains("two rows for GBR at 2025-03-25T00:00:00Z"));
    }

    @Test
    void onlyEmissionsOfALoadedTableAreHourMatched() {
        assertTrue(error("energy tel with grid").message().contains("prices CO2e by the hour"));
        assertTrue(error("workload w < energy 1 kWh; queries 1 >\nemissions w with grid").message().contains("hour-matches one loaded table"));
        assertTrue(error("emissions tel with nothing").message().contains("nothing"));
    }

    @Test
    void explainShowsTheSumOverIntervals() {
        Execution x = session.execute("explain emissions tel with grid", "cell");
        assertTrue(x.ok(), () -> x.format("cell", ""));
        String md = x.reports().get(0).markdown();
        assertTrue(md.contains("C = Σ_k E_k × I_k"), md);
        assertTrue(md.contains("93.33 g/kWh"), md);
    }

    @Test
    void aShiftWaitsForTheCleanestIntervalWithinItsWindowCheckedByHand() {
        run("shift flex from tel < grid grid; flexible 50%; window 1 h >");
        Report r = run("emissions flex");
        // GBR 00:00 (100 g) and 00:30 (200 g) each send half their load to 01:00 (50 g); France's 20 g has nowhere cleaner
        // before 560 g; after 0.5×100 + 0.5×50 + 1×200 + 1×50 + 3×20 = 385 g
        assertEquals(0.385, r.metrics().get(0).value().base(), 1e-12);
        assertEquals(0.175, r.metrics().get(1).value().base(), 1e-12);
        assertEquals(1.5, r.table().doubleColumn("energy moved [kWh]").get(1), 1e-12);
        assertTrue(r.notes().get(0).contains("1.5 kWh (25% of the load) moved"), r.notes().get(0));
        assertEquals(ChartSpec.Kind.LINE, r.charts().get(0).kind());
    }

    @Test
    void aShiftAcrossRegionsMovesAtOnceToTheCleanestRegion() {
        run("shift away from tel < grid grid; flexible 50%; across regions >");
        // 0.5×100 + 0.5×20 + 1×200 + 1×20 + 3×20 = 340 g
        assertEquals(0.340, run("emissions away").metrics().get(0).value().base(), 1e-12);
    }

    @Test
    void assessReadsLevelSixFromTheShift() {
        run("shift some from tel < grid grid; flexible 50%; window 1 h >\nshift all from tel < grid grid; flexible 100%; window 1 h >");
        // 25% of the load moved: under the 30% the default policy asks; 100% flexible moves 3 of 6 kWh
        assertEquals(List.of(false), gate(run("assess some"), "L6.shifted"));
        assertEquals(List.of(true), gate(run("assess all"), "L6.shifted"));
        assertTrue(run("assess all").notes().stream().anyMatch(n -> n.startsWith("L6 read from shift 'all': ")));
    }

    private static List<Boolean> gate(Report r, String id) {
        var t = r.table();
        List<Boolean> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("Gate").get(i).startsWith("metered load shifted")) out.add(t.stringColumn("Result").get(i).equals("pass"));
        }
        return out;
    }

    @Test
    void aShiftNeedsItsGridShareAndWindow() {
        assertTrue(error("shift s from tel < flexible 30%; window 6 h >").message().contains("needs grid"));
        assertTrue(error("shift s from tel < grid grid; window 6 h >").message().contains("needs flexible"));
        assertTrue(error("shift s from tel < grid grid; flexible 30% >").message().contains("needs a window"));
        assertTrue(error("shift s from tel < grid grid; flexible 30%; window 10 min >").message().contains("shorter than one of the half-hours"));
        assertTrue(error("shift s from tel < grid nothing; flexible 30%; window 1 h >").message().contains("nothing"));
        run("shift s from tel < grid grid; flexible 30%; window 1 h >");
        assertTrue(error("compare s, tel").message().contains("is a shift"));
    }

    /** The shipped sample: the GB half-hours of 2023-03-14 and the illustrative telemetry, summed here from the files themselves. */
    @Test
    void theShippedSampleDiffersFromTheAnnualByTheFigureSummedFromItsFiles() throws IOException {
        Path data = Path.of("..", "examples", "data").toAbsolutePath().normalize();
        Map<String, Double> grid = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("gb-grid-2023-03-14.csv")).subList(1, 49)) {
            String[] f = line.split(",");
            grid.put(f[0], Double.parseDouble(f[2]));
        }
        double grams = 0, kWh = 0;
        List<String> rows = Files.readAllLines(data.resolve("gb-telemetry-2023-03-14.csv"));
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",");
            grams += Double.parseDouble(f[4]) * grid.get(f[0]);
            kWh += Double.parseDouble(f[4]);
        }
        session.baseDirectory(data);
        run("load uk from \"gb-grid-2023-03-14.csv\"\nload gb from \"gb-telemetry-2023-03-14.csv\"");
        Report r = run("emissions gb with uk");
        assertEquals(grams / 1000, r.metrics().get(0).value().base(), 1e-9);
        // 905.5 kWh at GBR's annual 237.6 g/kWh (Ember 2023) is 215.1 kg; the half-hours of that windy March day give 125.3 kg
        assertEquals(905.5, kWh, 0.05);
        assertEquals(125.3, grams / 1000, 0.05);
        assertEquals(215.1, r.table().doubleColumn("CO2e [kgCO2e]").get(0), 0.05);
    }
}
