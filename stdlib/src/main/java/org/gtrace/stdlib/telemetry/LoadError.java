package org.gtrace.stdlib.telemetry;

/**
 * Why a file was not loaded, or a question about it could not be answered: the line of the file
 * (0 when the problem is not one line's) and the column (null when none), a sentence, and the fix.
 * Nothing was kept when it is thrown.
 */
public final class LoadError extends RuntimeException {

    private final long line;
    private final String column;
    private final String hint;

    public LoadError(String message, long line, String column, String hint) {
        super(message);
        this.line = line;
        this.column = column;
        this.hint = hint == null ? "" : hint;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String hint() {
        return hint;
    }
}
