package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;

/**
 * Generated and mutated programs never crash the front end: whatever the input, the session
 * answers with reports and diagnostics (each inside the source), never an exception or an
 * "internal error". Bounded for CI; raise {@code tries} for a longer run.
 */
class FrontEndFuzzTest {

    static final List<String> VALID = List.of(
            "workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli\n",
            "training gpt3 < energy 1287 MWh; intensity 429 g/kWh >\nemissions gpt3 in tCO2e\n",
            "region dc < intensity 120 g/kWh; basis market >\nworkload text c < queries 1B; energy 0.3 Wh; region dc 50%, FRA 50% >\n",
            "let e = 0.004 .. 0.008 kWh\nlet f = lognormal(0.006 kWh, 1.5) * 700M\nexpect 2 kWh * 3 == 6 kWh ± 1%\n",
            "workload image g < images 1M; energy 3 Wh >\nscenario s from g < region FRA; pue 1.2 >\ncompare g, s\nchart compare g across USA, IND as bar\n",
            "simulate t < users 1M; days 30; energy 3 Wh; adoption logistic(peak = 10, width = 3); outputs_per_user poisson(2) >\n",
            "set seed 3\nset basis market, direct\nexplain 3 kWh\nequivalents 2 t\n");

    private static void mustNotCrash(String source) {
        Session session = new Session();
        Execution x;
        try {
            x = session.execute(source, "fuzz");
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("crashed on:\n" + source, e);
        }
        int lines = source.split("\n", -1).length;
        for (Diagnostic d : x.diagnostics()) {
            assertTrue(d.kind() != Kind.RUNTIME || !d.message().startsWith("internal error"), () -> d.message() + "\non:\n" + source);
            assertTrue(d.line() >= 1 && d.line() <= lines, () -> "line out of range: " + d + "\non:\n" + source);
            assertTrue(d.column() >= 1, () -> "column out of range: " + d);
            d.format("fuzz", source);
        }
    }

    /** Regressions found while fuzzing: deep nesting (once quadratic in the parser), NUL bytes, huge numbers. */
    @org.junit.jupiter.api.Test
    void pathologicalInputsGetDiagnostics() {
        for (String s : List.of("let a = " + "(".repeat(20_000) + "1" + ")".repeat(20_000),
                "let b = " + "-".repeat(20_000) + "1", "let c = 1\u0000", "let d = 1e999 kWh", "let e = 99999999999x99999999999",
                "workload image w < queries 1M; energy 3 Wh; region " + "x".repeat(10_000) + " >", "<".repeat(1000), ">>>")) {
            mustNotCrash(s);
            assertTrue(!new Session().execute(s, "p").ok(), s.substring(0, Math.min(40, s.length())));
        }
    }

    @Property(tries = 400)
    void mutatedValidProgramsNeverCrash(@ForAll("mutants") String source) {
        mustNotCrash(source);
    }

    @Property(tries = 300)
    void generatedProgramsNeverCrash(@ForAll("programs") String source) {
        mustNotCrash(source);
    }

    @Property(tries = 200)
    void randomTextNeverCrashes(@ForAll("noise") String source) {
        mustNotCrash(source);
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> edits = Arbitraries.integers().between(1, 6);
        return Combinators.combine(base, seed, edits).as(Mutator::mutate);
    }

    @Provide
    Arbitrary<String> programs() {
        return ProgramGenerator.statements().list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("<>;=.,+-*/()%±\"#\n \tabkWhMKB0123456789_xyz").ofMaxLength(120);
    }
}
