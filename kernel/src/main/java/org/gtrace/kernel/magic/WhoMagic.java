package org.gtrace.kernel.magic;

import java.util.List;
import java.util.Map;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.TableColumn;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.Table;

/** {@code %who}: the names this session defines, in the order defined, each with what it is. */
final class WhoMagic implements Magic {

    @Override public String name() { return "who"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "list the names this session defines, with what each is"; }
    @Override public String help() {
        return "**%who** — every name the session defines (declarations, `let`s, loaded tables, Java exports), in the order"
                + " defined, with its kind or value.";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) {
        List<String> names = runner.language().names();
        if (names.isEmpty()) {
            out.stdout("No names are defined yet.\n");
            return;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder("| name | what |\n|---|---|\n");
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String n : names) {
            String what = describe(runner.language().value(n));
            text.append(n).append(" ".repeat(width - n.length() + 2)).append(what).append('\n');
            md.append("| `").append(n).append("` | ").append(what.replace("|", "\\|")).append(" |\n");
        }
        out.display(new Bundle(Map.of("text/plain", text.toString().stripTrailing(), "text/markdown", md.toString()), Map.of(), null));
    }

    static String describe(Object v) {
        if (v instanceof Declared d) {
            String kind = d.kind().word();
            String modality = d.effectiveModality();
            String from = d.base() == null ? "" : " from " + d.base().name();
            return (modality.isEmpty() || !d.is(Declared.Kind.WORKLOAD) ? kind : kind + " (" + modality + ")") + from;
        }
        if (v instanceof Quantity q) return q.format();
        if (v instanceof UncertainQuantity u) return "uncertain: " + u.describe();
        if (v instanceof Table t) return "table: " + t.rowCount() + " rows × " + t.columnCount() + " columns";
        if (v instanceof org.gtrace.stdlib.telemetry.Dataset d) {
            return "table: " + d.rowCount() + " rows × " + d.columns().size() + " columns (" + d.engine() + ")";
        }
        if (v instanceof TableColumn c) return "column " + c.name() + " (" + c.size() + " values)";
        return v == null ? "nothing" : v.getClass().getSimpleName();
    }
}
