package org.gtrace.grammar.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A mutation fuzzer over the whole front end (parse, check, compile, run, completion): inputs
 * from {@link Mutator}, judged by {@link FrontEndOracle}. Bounded for CI by time and count; a
 * longer run takes system properties (docs/reliability.md):
 * {@code -Dgtrace.fuzz.seconds=600 -Dgtrace.fuzz.seed=7}. Each finding is saved under
 * target/fuzz-findings; once fixed, it moves to src/test/resources/fuzz-regressions.
 */
class MutationFuzzTest {

    static final long SECONDS = Long.getLong("gtrace.fuzz.seconds", 15);
    static final long MAX_INPUTS = Long.getLong("gtrace.fuzz.inputs", 100_000);
    static final long SEED = Long.getLong("gtrace.fuzz.seed", 20261129L);
    /** One input in this many is executed as well as checked (estimates and Monte Carlo are slower). */
    static final int RUN_EVERY = 8;
    static final long HANG_SECONDS = 10;

    @Test
    void anyTextGetsDiagnosticsNeverACrash() throws Exception {
        Mutator mutator = new Mutator(SEED, FuzzInputs.corpus());
        Map<String, Path> findings = new LinkedHashMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long n = 0;
        try {
            for (; n < MAX_INPUTS && System.nanoTime() < deadline && findings.size() < 20; n++) {
                String input = mutator.next();
                boolean run = n % RUN_EVERY == 0;
                Future<?> f = worker.submit(() -> FrontEndOracle.check(input, run));
                try {
                    f.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    findings.putIfAbsent("hang: over " + HANG_SECONDS + " s", FuzzInputs.save(input));
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    String key = c instanceof FrontEndOracle.Finding ? firstLine(c.getMessage()) : c.toString();
                    findings.putIfAbsent(key, FuzzInputs.save(input));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("front-end fuzz: %,d inputs in %d s (seed %d), %d distinct findings%n", n, SECONDS, SEED, findings.size());
        assertTrue(findings.isEmpty(), () -> "findings (input saved beside each):\n" + format(findings));
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) : line;
    }

    private static String format(Map<String, Path> findings) {
        StringBuilder b = new StringBuilder();
        findings.forEach((what, where) -> b.append("  ").append(what).append("\n    ").append(where.toAbsolutePath()).append('\n'));
        return b.toString();
    }

    static List<String> corpus() {
        return FuzzInputs.corpus();
    }
}
