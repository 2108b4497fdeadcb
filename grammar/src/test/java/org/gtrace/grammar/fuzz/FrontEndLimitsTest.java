package org.gtrace.grammar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.junit.jupiter.api.Test;

/** Limits the fuzzers made necessary (nesting, huge literals): where they report, and what they let through. */
class FrontEndLimitsTest {

    private static List<Diagnostic> check(String source) {
        return new Session().check(source, "t");
    }

    @Test
    void theSixtyFifthBracketIsReportedAtItsColumn() {
        List<Diagnostic> d = check("let x = " + "(".repeat(20_000) + "1 kWh" + ")".repeat(20_000));
        assertEquals(1, d.size());
        assertEquals(Kind.SYNTAX, d.get(0).kind());
        assertEquals(1, d.get(0).line());
        assertEquals(9 + 64, d.get(0).column(), "'let x = ' is 8 columns, then 64 brackets are allowed");
        assertTrue(d.get(0).message().contains("nested more than 64 deep"), d.get(0).message());
    }

    @Test
    void sixtyFourLevelsStillParse() {
        assertEquals(List.of(), check("let x = " + "(".repeat(64) + "1 kWh" + ")".repeat(64)));
        assertEquals(List.of(), check("let x = " + "- ".repeat(64) + "1 kWh"));
    }

    @Test
    void bracketsAndDashesInCommentsAndStringsDoNotCount() {
        List<Diagnostic> d = check("# " + "(".repeat(500) + "-".repeat(500) + "\nlet x = 1 kWh");
        assertEquals(List.of(), d);
    }

    @Test
    void aRunOfSignsIsReportedOnItsLine() {
        List<Diagnostic> d = check("let a = 1 kWh\nlet x = " + "-".repeat(8_000) + "1 kWh");
        assertEquals(1, d.size());
        assertEquals(2, d.get(0).line());
        assertTrue(d.get(0).message().contains("signs in a row"), d.get(0).message());
    }

    @Test
    void aHugeNumberIsNotEchoedWhole() {
        List<Diagnostic> d = check("let x = " + "9".repeat(50_000) + " kWh");
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().length() < 120, d.get(0).message());
        assertTrue(d.get(0).message().contains("50000 characters"), d.get(0).message());
    }

    @Test
    void aMillionDigitNumberIsAnsweredInSecondsNotMinutes() {
        // BigDecimal parsing was quadratic: a minute for this cell in the kernel. 10 s is a hang bound, not a speed target.
        List<Diagnostic> d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check("let x = " + "9".repeat(1_000_000) + " kWh"));
        assertEquals(1, d.size());
        assertEquals(Kind.RANGE, d.get(0).kind());
        assertEquals(List.of(), check("let x = 0." + "0".repeat(100_000) + "1 kWh"));
    }

    @Test
    void scaledAndExponentNumbersKeepTheirValues() {
        org.gtrace.grammar.Execution x = new Session().execute("let a = 1.2B\na\nlet b = 1e-3M\nb\nlet c = .5K\nc", "t");
        assertEquals(List.of(), x.diagnostics());
        assertEquals(1.2e9, x.reports().get(0).metrics().get(0).value().base(), 1e-3);
        assertEquals(1e3, x.reports().get(1).metrics().get(0).value().base(), 1e-9);
        assertEquals(500, x.reports().get(2).metrics().get(0).value().base(), 1e-9);
    }
}
