package org.gtrace.grammar.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gtrace.grammar.ast.Span;

/** The sink every phase reports into during one run; never static, never shared between runs. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void error(Kind kind, Span span, String message, String hint) {
        add(Diagnostic.error(kind, span, message, hint));
    }

    public void warning(Kind kind, Span span, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, kind, span, message, hint));
    }

    public boolean hasErrors() {
        for (Diagnostic d : items) if (d.isError()) return true;
        return false;
    }

    public int size() {
        return items.size();
    }

    /** All diagnostics in source order (stable for equal positions). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(items);
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()).thenComparingInt(d -> d.span().line()));
        return List.copyOf(out);
    }
}
