package org.gtrace.kernel.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gtrace.kernel.dsl.CellDiagnostic;
import org.junit.jupiter.api.Test;

class CellErrorsTest {

    private static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void tracebackShowsTheLineAndACaretUnderTheColumn() {
        String src = "let a = 1 kWh\nenergy 5 kg";
        CellError e = CellErrors.of(List.of(new CellDiagnostic("UnitError", 2, 8, 4, "energy needs energy, got CO2e", "use kWh")), src, "cell 1");
        assertEquals("UnitError", e.ename());
        assertEquals("cell 1:2:8: energy needs energy, got CO2e", e.evalue());
        List<String> tb = e.traceback().stream().map(CellErrorsTest::plain).toList();
        assertEquals("    2 | energy 5 kg", tb.get(1));
        assertEquals("      |        ^^^^", tb.get(2));
        assertEquals("  hint: use kWh", tb.get(3));
    }

    @Test
    void nulBytePositionIsReported() {
        assertEquals("2:3: the cell contains a NUL byte (\\0); delete it and run the cell again",
                CellErrors.nulByte("ab\ncd\0").evalue());
    }
}
