package org.gtrace.grammar.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;

/**
 * What the front end must do with any text at all: answer with diagnostics (or results), never
 * throw, never hide a crash in an "internal error" diagnostic, point every error at a real line
 * and column, and let no NaN or infinity out. It also asks for completion, inspection and
 * completeness at a few cursor positions, which editors do on every keystroke.
 */
final class FrontEndOracle {

    /** A broken promise, with the input that broke it. */
    static final class Finding extends AssertionError {
        private static final long serialVersionUID = 1L;
        final String input;

        Finding(String what, String input, Throwable cause) {
            super(what, cause);
            this.input = input;
        }
    }

    private FrontEndOracle() {}

    /** Checks one input in a fresh session; {@code run} also executes it (estimates, Monte Carlo). */
    static void check(String source, boolean run) {
        Session session = new Session();
        List<Diagnostic> diagnostics;
        List<Report> reports = List.of();
        try {
            if (run) {
                Execution x = session.execute(source, "fuzz");
                diagnostics = x.diagnostics();
                reports = x.reports();
            } else {
                diagnostics = session.check(source, "fuzz");
            }
        } catch (Throwable t) {
            throw new Finding((run ? "execute" : "check") + " threw " + t, source, t);
        }
        for (Diagnostic d : diagnostics) diagnostic(d, source);
        for (Report r : reports) report(r, source);
        editing(session, source);
    }

    private static void diagnostic(Diagnostic d, String source) {
        String m = d.message().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("internal error") || m.contains("exception")) {
            throw new Finding("a crash reported as a diagnostic: " + d.message(), source, null);
        }
        // a message may quote a long name, but never the unbounded input (a million-digit number once was)
        if (d.message().length() + d.hint().length() > 4_000) {
            throw new Finding("a diagnostic of " + d.message().length() + " characters: " + d.message().substring(0, 80), source, null);
        }
        if (d.isError() && (d.line() < 1 || d.column() < 1 || d.line() > lineCount(source) + 1)) {
            throw new Finding("an error outside the source (" + d.line() + ":" + d.column() + "): " + d.message(), source, null);
        }
        try {
            d.format("fuzz", source);
        } catch (Throwable t) {
            throw new Finding("formatting a diagnostic threw " + t, source, t);
        }
    }

    private static void report(Report r, String source) {
        for (Metric m : r.metrics()) {
            List<Double> values = new ArrayList<>();
            if (m.value() != null) values.add(m.value().base());
            for (Double v : values) {
                if (!Double.isFinite(v)) throw new Finding("metric " + m.key() + " is " + v, source, null);
            }
        }
    }

    private static void editing(Session session, String source) {
        int[] cursors = {0, source.length() / 2, source.length()};
        for (int c : cursors) {
            try {
                session.complete(source, c);
                session.inspect(source, c);
            } catch (Throwable t) {
                throw new Finding("completion or inspection at " + c + " threw " + t, source, t);
            }
        }
        try {
            Session.completeness(source);
        } catch (Throwable t) {
            throw new Finding("is_complete threw " + t, source, t);
        }
    }

    private static int lineCount(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
