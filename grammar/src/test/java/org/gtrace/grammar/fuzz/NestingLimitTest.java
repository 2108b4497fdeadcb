package org.gtrace.grammar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.junit.jupiter.api.Test;

/** The nesting limit the fuzzer made necessary: where it reports, and what it lets through. */
class NestingLimitTest {

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
}
