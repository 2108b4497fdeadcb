package org.gtrace.stdlib.errors;

import java.util.Objects;

/**
 * A value given to the core that cannot be used. The message names the field and says how to fix
 * it, so front ends can show it as is (never as a stack trace); {@link #field()} says which input
 * it is about, as data.
 */
public class InputError extends IllegalArgumentException {

    private final Field field;
    private final String label;
    private final String fix;
    private final String problem;

    public InputError(Field field, String problem, String fix) {
        this(field, field.label(), problem, fix);
    }

    /** An error about {@code field} whose message begins with another word ("share of FRA", "reference_steps"). */
    public InputError(Field field, String label, String problem, String fix) {
        super(label + ": " + problem + (fix == null || fix.isEmpty() ? "" : "; " + fix));
        this.field = Objects.requireNonNull(field, "field");
        this.label = label;
        this.problem = label + ": " + problem;
        this.fix = fix == null ? "" : fix;
    }

    /** The input the problem is in. */
    public Field field() {
        return field;
    }

    /** The word the message begins with. */
    public String label() {
        return label;
    }

    /** The message without its fix, for front ends that show the fix as a hint of its own. */
    public String problem() {
        return problem;
    }

    /** What to do about it, as an imperative sentence. */
    public String fix() {
        return fix;
    }
}
