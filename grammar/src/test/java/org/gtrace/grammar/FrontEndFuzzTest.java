package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.grammar.diag.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated and mutated programs never crash the front end: whatever the input, the session
 * answers with reports and diagnostics (each inside the source), never an exception or an
 * "internal error". Bounded for CI by the seed counts below; raise them for a longer run.
 */
class FrontEndFuzzTest {

    static final List<String> VALID = List.of(
            "workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli\n",
            "training gpt3 < energy 1287 MWh; intensity 429 g/kWh >\nemissions gpt3 in tCO2e\n",
            "region dc < intensity 120 g/kWh; basis market >\nworkload text c < queries 1B; energy 0.3 Wh; region dc 50%, FRA 50% >\n",
            "let e = 0.004 .. 0.008 kWh\nlet f = lognormal(0.006 kWh, 1.5) * 700M\nexpect 2 kWh * 3 == 6 kWh ± 1%\n",
            "workload image g < images 1M; energy 3 Wh >\nscenario s from g < region FRA; pue 1.2 >\ncompare g, s\nchart compare g across USA, IND as bar\n",
            "simulate t < users 1M; days 30; energy 3 Wh; adoption logistic(peak = 10, width = 3); outputs_per_user poisson(2) >\n",
            "set seed 3\nset basis market, direct\nexplain 3 kWh\nequivalents 2 t\n",
            "workload video v < videos 1M; preset video.cogvideox.5s_16fps >\nworkload image i < images 1M; preset image.sd3_medium.1024; region USA.4, FRA.6 >\ncompare v, i\n");

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
                "workload image w < queries 1M; energy 3 Wh; region " + "x".repeat(10_000) + " >", "<".repeat(1000), ">>>",
                "let f = " + "a.".repeat(20_000) + "1", "let g = a.b.5.", "let h = a..b.5", "let i = .5.5.a", "let j = x.5")) {
            mustNotCrash(s);
            assertTrue(!new Session().execute(s, "p").ok(), s.substring(0, Math.min(40, s.length())));
        }
    }

    static LongStream seeds(int count) {
        return LongStream.range(0, count);
    }

    static LongStream mutantSeeds() {
        return seeds(400);
    }

    static LongStream programSeeds() {
        return seeds(300);
    }

    static LongStream noiseSeeds() {
        return seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("mutantSeeds")
    void mutatedValidProgramsNeverCrash(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String base = VALID.get(rnd.nextInt(VALID.size()));
        mustNotCrash(Mutator.mutate(base, rnd.nextInt(Integer.MAX_VALUE), 1 + rnd.nextInt(6)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("programSeeds")
    void generatedProgramsNeverCrash(long seed) {
        mustNotCrash(new ProgramGenerator(seed).program());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("noiseSeeds")
    void randomTextNeverCrashes(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int length = rnd.nextInt(121);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(NOISE.charAt(rnd.nextInt(NOISE.length())));
        mustNotCrash(b.toString());
    }

    private static final String NOISE = "<>;=.,+-*/()%\u00b1\"#\n \tabkWhMKB0123456789_xyz";
}
