package org.gtrace.kernel.magic;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gtrace.kernel.cell.CellRunner;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.stdlib.provenance.Source;

/** {@code %sources}: the bundled datasets, each with its year, citation and licence. */
final class SourcesMagic implements Magic {

    private final Supplier<List<Source>> datasets;

    SourcesMagic(Supplier<List<Source>> datasets) {
        this.datasets = datasets;
    }

    @Override public String name() { return "sources"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "list the bundled datasets with their year, citation and licence"; }
    @Override public String help() { return "**%sources** — the datasets behind every default number, with citation and licence."; }

    @Override
    public void run(MagicCall call, CellRunner runner, Output out) {
        List<Source> list = datasets.get();
        StringBuilder md = new StringBuilder("| dataset | year | licence | citation |\n|---|---|---|---|\n");
        StringBuilder text = new StringBuilder();
        for (Source s : list) {
            md.append("| ").append(cell(s.title().isEmpty() ? s.id() : s.title())).append(" | ")
                    .append(s.year() > 0 ? s.year() : "").append(" | ").append(cell(s.licence())).append(" | ")
                    .append(cell(s.citation())).append(" |\n");
            text.append(s.line()).append('\n');
        }
        if (list.isEmpty()) {
            out.display(Bundle.text("No datasets are bundled in this build."));
            return;
        }
        out.display(new Bundle(Map.of("text/plain", text.toString().strip(), "text/markdown", md.toString()), Map.of(), null));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
