package org.gtrace.stdlib.io;

import java.nio.file.Path;

/**
 * A file could not be written, said the way a user can act on: which path, what stood in the way,
 * and (in {@link #fix}) what to do. Front ends show it as is, with their own wording for
 * {@link Reason#EXISTS} (a statement's {@code overwrite}, a command's {@code --force}).
 */
public final class WriteError extends RuntimeException {

    /** What stood in the way. */
    public enum Reason { EXISTS, NO_FOLDER, IS_FOLDER, NOT_A_FOLDER, READ_ONLY, NO_SPACE, DENIED, OTHER }

    private final transient Path path;
    private final Reason reason;
    private final String fix;

    WriteError(Path path, Reason reason, String problem, String fix) {
        super(problem, null, false, false);
        this.path = path;
        this.reason = reason;
        this.fix = fix;
    }

    public Path path() {
        return path;
    }

    public Reason reason() {
        return reason;
    }

    /** What to do about it, e.g. "free some space, or write to another disk". */
    public String fix() {
        return fix;
    }
}
