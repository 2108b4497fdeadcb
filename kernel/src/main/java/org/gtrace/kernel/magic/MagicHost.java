package org.gtrace.kernel.magic;

import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.dsl.CellLanguage;
import org.gtrace.kernel.java.JavaCells;

/**
 * What a magic may use of the kernel that runs it: the session's language and Java cells, and
 * running more code as a cell would. The kernel's cell runner implements it; magics never see
 * the runner itself, so they stay below it.
 */
public interface MagicHost {

    CellLanguage language();

    JavaCells java();

    /** Code whose first line is line {@code firstLine} of the cell: {@code %magic} lines and G-TRACE. */
    void runCode(String code, int firstLine, String origin, Output out) throws CellError;

    /** G-TRACE source whose first line is line {@code firstLine} of its origin. */
    void runDsl(String source, int firstLine, String origin, Output out) throws CellError;
}
