package org.gtrace.kernel.dsl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;

/**
 * The G-TRACE language for the kernel: a thin adapter over the grammar module's {@link Session}.
 * Relative {@code load} paths resolve against the kernel's working directory, which Jupyter sets
 * to the notebook's folder.
 */
public final class SessionLanguage implements CellLanguage {

    private final Session session = new Session();

    public SessionLanguage() {
        session.baseDirectory(Path.of("").toAbsolutePath());
        session.reportWriter(new org.gtrace.kernel.render.StudyFiles());
    }

    @Override
    public CellResult execute(String source, String origin) {
        return execute(source, origin, WorkProgress.NONE);
    }

    @Override
    public CellResult execute(String source, String origin, WorkProgress progress) {
        Execution run = session.execute(source, origin, progress::update);
        List<CellDiagnostic> errors = new ArrayList<>();
        for (Diagnostic d : run.errors()) errors.add(diagnostic(d));
        return new CellResult(errors.isEmpty() ? run.reports() : List.of(), errors);
    }

    private static CellDiagnostic diagnostic(Diagnostic d) {
        return new CellDiagnostic(d.kind().ename(), d.line(), d.column(), d.span().length(), d.message(), d.hint());
    }

    @Override public List<String> names() { return List.copyOf(session.names()); }
    @Override public Object value(String name) { return session.value(name).orElse(null); }
    @Override public void bind(String name, Object value) { session.bind(name, value); }
    @Override public void reset() { session.reset(); }
    @Override public void seed(long seed) { session.seed(seed); }

    @Override
    public Completion complete(String code, int cursor) {
        org.gtrace.grammar.edit.Completion c = session.complete(code, cursor);
        return new Completion(c.matches(), c.types(), c.start(), c.end());
    }

    @Override
    public String inspect(String code, int cursor) {
        return session.inspect(code, cursor).orElse(null);
    }

    @Override
    public String isComplete(String code) {
        return Session.completeness(code).name().toLowerCase(java.util.Locale.ROOT);
    }
}
