package org.gtrace.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;

/**
 * {@code %report [--force] FILE [NAME …]}: the notebook's study report, by default of every
 * workload, training run and simulation the session holds. It runs the {@code report}
 * statement, so the file, its contents and its errors are the statement's.
 */
final class ReportMagic implements Magic {

    @Override public String name() { return "report"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "write a study report (HTML, Markdown or JSON) of the session's results"; }
    @Override public String help() {
        return "**%report [--force] FILE [NAME …]** — writes a study report of the named results, or of every workload, training"
                + " run and simulation defined so far, to FILE (.html, .md or .json): results with their uncertainty, derivations,"
                + " sources, the study's own inputs and a reproducibility manifest. `--force` replaces an existing file."
                + " The same as `report NAME, … to \"FILE\"`.";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        List<String> words = new ArrayList<>(List.of(call.args().strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        boolean force = words.remove("--force");
        if (words.isEmpty() || words.get(0).startsWith("-")) {
            throw CellErrors.simple("UsageError", "%report needs a file name, e.g. %report study.html (or study.md, study.json)");
        }
        String file = words.remove(0);
        List<String> names = words.isEmpty() ? results(runner) : words;
        if (names.isEmpty()) {
            throw CellErrors.simple("UsageError", "there is nothing to report yet: define a workload, a training run or a simulation first");
        }
        String statement = "report " + String.join(", ", names) + " to \"" + file.replace("\"", "") + "\"" + (force ? " < overwrite >" : "");
        runner.runDsl(statement, 1, call.origin(), out);
    }

    private static List<String> results(MagicHost runner) {
        List<String> out = new ArrayList<>();
        for (String n : runner.language().names()) {
            if (runner.language().value(n) instanceof Declared d && !d.is(Declared.Kind.REGION)) out.add(n);
        }
        return out;
    }
}
