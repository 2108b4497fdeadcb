package org.gtrace.grammar.diag;

/**
 * The family a diagnostic belongs to. {@link #ename()} is the short exception-like name a
 * Jupyter error message shows ("SyntaxError", "UnitError", ...); {@link #code()} is the
 * lower-case code in {@code error[code]}.
 */
public enum Kind {
    SYNTAX("syntax", "SyntaxError"),
    NAME("name", "NameError"),
    UNIT("unit", "UnitError"),
    TYPE("type", "TypeError"),
    RANGE("range", "RangeError"),
    PROPERTY("property", "PropertyError"),
    EXPECTATION("expect", "ExpectationError"),
    DATA("data", "DataError"),
    /** A file the program writes could not be: no space, read-only, permission denied, a file where a folder should be. */
    WRITE("write", "WriteError"),
    INPUT("input", "InputError"),
    RUNTIME("runtime", "RuntimeError"),
    INTERRUPTED("interrupted", "Interrupted");

    private final String code;
    private final String ename;

    Kind(String code, String ename) {
        this.code = code;
        this.ename = ename;
    }

    public String code() {
        return code;
    }

    public String ename() {
        return ename;
    }
}
