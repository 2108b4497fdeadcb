package org.gtrace.kernel.magic;

import java.util.Map;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;

/** {@code %help} (how to use the kernel) and {@code %help NAME} (one magic). */
final class HelpMagic implements Magic {

    private static final String OVERVIEW = """
            ### G-TRACE kernel
            Cells are **G-TRACE statements** by default, e.g.
            `workload image ghibli < queries 700M; energy 0.006 kWh >` then `emissions ghibli`.
            A cell that starts with `%%java` is Java (JShell), sharing the session's values.

            * **Tab** completes keywords, properties, names, regions, accelerators and units.
            * **Shift+Tab** on a word explains it: its default and its source.
            * **Interrupt** stops a long simulation or a Java loop; the session keeps its state.
            * `%lsmagic` lists the magics; `%help NAME` explains one.
            """;

    private final Magics magics;

    HelpMagic(Magics magics) {
        this.magics = magics;
    }

    @Override public String name() { return "help"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "how to use this kernel; %help NAME explains a magic"; }
    @Override public String help() { return "**%help** — how to use this kernel; **%help NAME** — one magic."; }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        String arg = call.args().strip().replaceFirst("^%+", "");
        String md = arg.isEmpty() ? OVERVIEW : magics.find(arg).map(Magic::help)
                .orElseThrow(() -> CellErrors.simple("UsageError", Magics.unknown("%" + arg)));
        out.display(new Bundle(Map.of("text/plain", md, "text/markdown", md), Map.of(), null));
    }
}
