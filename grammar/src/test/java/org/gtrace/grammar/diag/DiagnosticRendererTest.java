package org.gtrace.grammar.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gtrace.grammar.ast.Span;
import org.junit.jupiter.api.Test;

/** One diagnostic in each front end's text: the golden files', the CLI contract's and the kernel traceback's. */
class DiagnosticRendererTest {

    private static final String SOURCE = "let a = 1 kWh\nenergy\t5 kwh";
    private static final Diagnostic UNIT = Diagnostic.error(Kind.UNIT, new Span(2, 10, 23, 26), "unknown unit 'kwh'", "did you mean 'kWh'?");

    @Test
    void theGoldenFilesIndentTheLineAndCarets() {
        assertEquals("f.gtrace:2:10: error[unit]: unknown unit 'kwh'\n  energy 5 kwh\n           ^^^\n  hint: did you mean 'kWh'?",
                UNIT.format("f.gtrace", SOURCE));
        assertEquals("<input>:2:10: error[unit]: unknown unit 'kwh'", UNIT.headline(""));
    }

    @Test
    void theCliContractPutsTheKindAfterTheMessage() {
        assertEquals("f.gtrace:2:10: error: unknown unit 'kwh' [UnitError]", DiagnosticRenderer.contractHeadline(UNIT, "f.gtrace"));
    }

    @Test
    void theKernelsGutterNumbersTheLineAndColoursTheCarets() {
        assertEquals(List.of("UnitError: cell 1:2:10: unknown unit 'kwh'", "    2 | energy 5 kwh",
                        "      |          " + DiagnosticRenderer.mark("^^^"), "  hint: did you mean 'kWh'?"),
                DiagnosticRenderer.lines("UnitError: cell 1:2:10: unknown unit 'kwh'", UNIT, SOURCE, DiagnosticRenderer.Layout.GUTTER));
    }

    @Test
    void aLineTheSourceLacksShowsOnlyTheHeadlineAndHint() {
        Diagnostic far = Diagnostic.error(Kind.NAME, new Span(9, 1, 0, 1), "'x' is not defined", "");
        assertEquals("f:9:1: error[name]: 'x' is not defined", far.format("f", SOURCE));
    }

    @Test
    void aLongLineIsShownAroundWhatTheCaretsMark() {
        // 100,000 characters on one line, under each of thousands of warnings, was gigabytes of output
        String line = "workload text w < " + "queries 1M; ".repeat(8000) + ">";
        int column = 18 + 12 * 5000 + 1;
        Diagnostic d = Diagnostic.error(Kind.PROPERTY, new Span(1, column, column - 1, column + 6), "'queries' is given twice", "");
        List<String> lines = DiagnosticRenderer.lines("h", d, line, DiagnosticRenderer.Layout.INDENTED);
        String shown = lines.get(1).substring(2), carets = lines.get(2).substring(2);
        assertEquals(true, shown.startsWith("…") && shown.endsWith("…"), shown);
        assertEquals(DiagnosticRenderer.EXCERPT_WIDTH + 2, shown.length());
        int at = carets.indexOf('^');
        assertEquals("queries", shown.substring(at, at + 7));
        assertEquals("^^^^^^^", carets.strip());
    }
}
