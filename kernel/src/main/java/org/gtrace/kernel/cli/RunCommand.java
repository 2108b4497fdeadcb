package org.gtrace.kernel.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.kernel.render.ReportText;
import org.gtrace.kernel.render.StudyFiles;
import org.gtrace.kernel.render.StudyJson;
import org.gtrace.stdlib.report.Manifest;
import org.gtrace.stdlib.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gtrace run FILE…}: runs programs in one session, in order, and prints their results. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run G-TRACE programs and print their results as aligned text tables.",
            "Files run in order in one session. Exit status: 0 ok, 1 errors in a program, 2 bad usage."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "program files (.gtrace); '-' reads standard input")
    List<String> files;

    @Option(names = "--json", description = "one JSON object per result line (and per diagnostic on stderr)")
    boolean json;

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of every random draw (default 42); wins over the programs' set seed, which then says so")
    Long seed;

    @Option(names = "--check-manifest", paramLabel = "REPORT.json",
            description = "rerun the programs and say whether they reproduce the report's manifest: data, program, seed and numbers (exit 0 yes, 1 no)")
    Path checkManifest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Session session = new Session();
        if (seed != null) session.seedFromOutside(seed);
        JsonObject recorded = null;
        ManifestCheck.Capture capture = new ManifestCheck.Capture();
        if (checkManifest != null) {
            try {
                recorded = ManifestCheck.read(checkManifest);
            } catch (IllegalArgumentException e) {
                err.println("gtrace: cannot check against " + checkManifest + ": " + e.getMessage());
                err.flush();
                return 2;
            }
            session.reportWriter(capture);
        } else {
            session.reportWriter(new StudyFiles());
        }
        List<Report> shown = new ArrayList<>();
        for (String file : files) {
            Input in = Input.readOrReport(file, System.in, err);
            if (in == null) return 2;
            session.baseDirectory(in.directory());
            Execution x = session.execute(in.text(), in.name(), TerminalProgress.forStderr(err));
            print(x.reports(), out);
            shown.addAll(x.reports());
            DiagnosticPrinter.print(x.diagnostics(), in, json, err);
            if (x.hasErrors()) return exitStatus(x);
        }
        if (json) printManifest(session.manifest(shown), out);
        return recorded == null ? 0 : check(recorded, capture, out, err);
    }

    /**
     * 1 for errors in the program; 2 when the only errors are files it could not write (a full
     * disk, a read-only folder), which are the machine's to mend, not the study's.
     */
    static int exitStatus(org.gtrace.grammar.Execution x) {
        return x.errors().stream().allMatch(d -> d.kind() == org.gtrace.grammar.diag.Kind.WRITE) ? 2 : 1;
    }

    /** The last line of --json: what a rerun needs to get the same numbers, in a report's manifest layout. */
    private static void printManifest(Manifest m, PrintWriter out) {
        JsonObject o = new JsonObject();
        o.addProperty("line", 0);
        o.addProperty("subject", "");
        o.addProperty("title", "Reproducibility manifest");
        o.add("manifest", StudyJson.manifest(m));
        out.println(o);
        out.flush();
    }

    private int check(JsonObject recorded, ManifestCheck.Capture capture, PrintWriter out, PrintWriter err) {
        if (capture.reports.isEmpty()) {
            err.println("gtrace: the programs wrote no report to compare with " + checkManifest + ": run the study that has its report statement");
            err.flush();
            return 2;
        }
        var now = StudyJson.manifest(capture.reports.get(capture.reports.size() - 1).manifest());
        ManifestCheck.Outcome o = ManifestCheck.compare(recorded, now);
        out.println(o.reproduces()
                ? "reproduces " + checkManifest + ": same data, program, seed and samples, and the same " + o.figures() + " figures"
                : "does not reproduce " + checkManifest + ":");
        for (String d : o.differences()) out.println("  " + d);
        for (String n : o.notes()) out.println("  (for information) " + n);
        out.flush();
        return o.reproduces() ? 0 : 1;
    }

    private void print(List<Report> reports, PrintWriter out) {
        for (Report r : reports) {
            if (json) {
                for (JsonObject o : JsonResults.of(r)) out.println(o);
            } else {
                out.println(ReportText.render(r));
            }
        }
        out.flush();
    }
}
