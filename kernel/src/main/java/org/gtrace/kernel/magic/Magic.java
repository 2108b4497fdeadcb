package org.gtrace.kernel.magic;

import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.Output;

/** A {@code %name} line magic and/or {@code %%name} cell magic. One class each. */
public interface Magic {

    String name();

    boolean lineForm();

    boolean cellForm();

    /** One line, for %lsmagic. */
    String summary();

    /** Markdown, for %help NAME and Shift+Tab on the magic. */
    String help();

    void run(MagicCall call, MagicHost runner, Output out) throws CellError;
}
