package org.gtrace.kernel.magic;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.stdlib.data.DatasetInfo;

/** {@code %sources}: the bundled datasets, each with its origin, version and licence. */
final class SourcesMagic implements Magic {

    private final Supplier<List<DatasetInfo>> datasets;

    SourcesMagic(Supplier<List<DatasetInfo>> datasets) {
        this.datasets = datasets;
    }

    @Override public String name() { return "sources"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "list the bundled datasets with their origin, version and licence"; }
    @Override public String help() { return "**%sources** — the datasets behind every default number, with origin, version and licence."; }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) {
        List<DatasetInfo> list = datasets.get();
        if (list.isEmpty()) {
            out.display(Bundle.text("No datasets are bundled in this build."));
            return;
        }
        StringBuilder md = new StringBuilder("| dataset | what it holds | licence | origin | version |\n|---|---|---|---|---|\n");
        StringBuilder text = new StringBuilder();
        for (DatasetInfo d : list) {
            md.append("| ").append(cell(d.file())).append(" | ").append(cell(d.title())).append(" | ")
                    .append(cell(d.licence())).append(" | ").append(cell(d.origin())).append(" | ")
                    .append(cell(d.version())).append(" |\n");
            text.append(d.file()).append(" — ").append(d.title()).append(" [").append(d.licence()).append("] ")
                    .append(d.origin()).append('\n');
        }
        String editions = org.gtrace.stdlib.data.CountryGrids.editionNote();
        md.append('\n').append(editions).append('\n');
        text.append('\n').append(editions);
        out.display(new Bundle(Map.of("text/plain", text.toString().strip(), "text/markdown", md.toString()), Map.of(), null));
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
