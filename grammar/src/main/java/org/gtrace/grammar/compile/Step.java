package org.gtrace.grammar.compile;

import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.runtime.RunContext;

/** One statement, compiled: it runs against the session's state and reports what it shows. */
public interface Step {

    /** The statement it came from, for runtime errors and the {@code line} of its reports. */
    Span span();

    void run(RunContext ctx);
}
