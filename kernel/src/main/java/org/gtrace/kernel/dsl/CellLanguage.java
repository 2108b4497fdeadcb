package org.gtrace.kernel.dsl;

import java.util.List;

/**
 * What the kernel needs from the G-TRACE language: one session that runs cells, holds the
 * bindings shared with Java cells, and helps the editor. Implemented over the grammar module's
 * Session, so the kernel depends on this small surface only.
 */
public interface CellLanguage {

    /** Runs one cell (or file); {@code origin} names it in diagnostics ("cell 3", "study.gtrace"). */
    CellResult execute(String source, String origin);

    /** As {@link #execute(String, String)}, telling {@code progress} how long work is going. */
    default CellResult execute(String source, String origin, WorkProgress progress) {
        return execute(source, origin);
    }

    /** Names bound in the session, in definition order. */
    List<String> names();

    /** The value bound to {@code name}, or null. */
    Object value(String name);

    /** Binds a value a Java cell defined (a Quantity, a table...) so DSL cells can use it. */
    void bind(String name, Object value);

    void reset();

    void seed(long seed);

    Completion complete(String code, int cursor);

    /** Markdown describing the word at the cursor (what it is, its default and source), or null. */
    String inspect(String code, int cursor);

    /** "complete", "incomplete" (e.g. an unclosed {@code <}) or "invalid". */
    String isComplete(String code);
}
