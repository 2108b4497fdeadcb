package org.gtrace.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;

/** Runs whole programs in a fresh session, for tests that assert on their reports or first error. */
final class Programs {

    private Programs() {}

    static List<Report> ok(String program) {
        Execution x = new Session().execute(program, "test");
        assertTrue(x.ok(), () -> x.format("test", program));
        return x.reports();
    }

    static Report last(String program) {
        List<Report> r = ok(program);
        return r.get(r.size() - 1);
    }

    static Metric metric(Report r, String key) {
        return r.metrics().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in " + r));
    }

    static Diagnostic error(String program) {
        Execution x = new Session().execute(program, "test");
        assertFalse(x.ok(), "expected an error in: " + program);
        return x.firstError().orElseThrow();
    }
}
