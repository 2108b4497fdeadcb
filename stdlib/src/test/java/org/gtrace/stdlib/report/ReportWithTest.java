package org.gtrace.stdlib.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** A report changed in one component keeps all the others. */
class ReportWithTest {

    /** A real estimate's first metric, so the test does not depend on how a metric is built. */
    private static final Metric ENERGY = Workload.image("ghibli").outputs(Quantity.outputs(700e6))
            .energyPerOutput(Quantity.of(0.006, "kWh")).estimate().toReport(2).metrics().get(0);
    private static final Table TABLE = Table.create("by region");

    private static Report original() {
        return new Report(3, "ghibli", "Emissions of ghibli", List.of(ENERGY), TABLE, List.of(), "why", List.of("a note"));
    }

    @Test
    void eachWitherChangesOnlyItsComponent() {
        Report r = original();
        assertEquals(new Report(7, "ghibli", "Emissions of ghibli", List.of(ENERGY), TABLE, List.of(), "why", List.of("a note")),
                r.withLine(7));
        assertEquals(new Report(3, "ghibli", "Other", List.of(ENERGY), TABLE, List.of(), "why", List.of("a note")),
                r.withTitle("Other"));
        assertEquals(new Report(3, "ghibli", "Emissions of ghibli", List.of(), TABLE, List.of(), "why", List.of("a note")),
                r.withMetrics(List.of()));
        assertEquals(new Report(3, "ghibli", "Emissions of ghibli", List.of(ENERGY), null, List.of(), "why", List.of("a note")),
                r.withTable(null));
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, "t", "x", "y", "kWh", List.of("a"),
                List.of(ChartSpec.Series.of("energy", new double[] {2})), "test");
        assertEquals(new Report(3, "ghibli", "Emissions of ghibli", List.of(ENERGY), TABLE, List.of(chart), "why", List.of("a note")),
                r.withCharts(List.of(chart)));
        assertEquals(new Report(3, "ghibli", "Emissions of ghibli", List.of(ENERGY), TABLE, List.of(), null, List.of("a note")),
                r.withMarkdown(null));
        assertEquals(new Report(3, "ghibli", "Emissions of ghibli", List.of(ENERGY), TABLE, List.of(), "why", List.of()),
                r.withNotes(List.of()));
    }

    @Test
    void withNoteAppendsAndLeavesTheOriginalAsItWas() {
        Report r = original();
        assertEquals(List.of("a note", "another"), r.withNote("another").notes());
        assertEquals(List.of("a note"), r.notes());
    }

    @Test
    void aTableOnItsOwnIsNamedAfterIt() {
        Report r = Report.ofTable(4, TABLE);
        assertEquals("by region", r.subject());
        assertEquals("by region", r.title());
        assertEquals(4, r.line());
        assertNull(r.markdown());
    }
}
