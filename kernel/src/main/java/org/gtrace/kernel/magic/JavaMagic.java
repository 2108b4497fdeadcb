package org.gtrace.kernel.magic;

import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.Output;

/** {@code %%java}: the cell is Java, run by JShell in the kernel's JVM, sharing the session. */
final class JavaMagic implements Magic {

    @Override public String name() { return "java"; }
    @Override public boolean lineForm() { return false; }
    @Override public boolean cellForm() { return true; }
    @Override public String summary() { return "run the cell as Java (JShell), sharing the session's values"; }

    @Override
    public String help() {
        return """
                **%%java** — the rest of the cell is Java, run by JShell inside the kernel.

                DSL values the cell mentions are typed variables (`Quantity e = ...`); variables of G-TRACE
                types (`Quantity`, `Table`, `Report`...) that the cell defines become DSL names.
                `display(x)` shows a Report, a ChartSpec or any object. Interrupt stops even `while (true) {}`.""";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        runner.java().run(call.body(), call.bodyFirstLine(), out);
    }
}
