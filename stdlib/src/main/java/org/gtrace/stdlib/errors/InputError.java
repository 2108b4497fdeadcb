package org.gtrace.stdlib.errors;

/**
 * A value given to the core that cannot be used. The message names the field and says how to fix
 * it, so front ends can show it as is (never as a stack trace).
 */
public class InputError extends IllegalArgumentException {

    private final String field;
    private final String fix;

    public InputError(String field, String problem, String fix) {
        super(field + ": " + problem + (fix == null || fix.isEmpty() ? "" : "; " + fix));
        this.field = field;
        this.fix = fix == null ? "" : fix;
    }

    /** The input the problem is in, e.g. "outputs", "pue", "region shares". */
    public String field() {
        return field;
    }

    /** What to do about it, as an imperative sentence. */
    public String fix() {
        return fix;
    }
}
