package org.gtrace.kernel.cell;

import java.util.List;

/**
 * Why a cell failed, as Jupyter shows it: a short name (SyntaxError, UnitError, NameError,
 * KeyboardInterrupt...), a value with line:col, and traceback lines (the source line and a caret).
 */
public final class CellError extends Exception {

    private final String ename;
    private final List<String> traceback;

    public CellError(String ename, String evalue, List<String> traceback) {
        super(evalue);
        this.ename = ename;
        this.traceback = List.copyOf(traceback);
    }

    public String ename() {
        return ename;
    }

    public String evalue() {
        return getMessage();
    }

    public List<String> traceback() {
        return traceback;
    }
}
