package org.gtrace.kernel.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.kernel.render.ReportText;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Session session = new Session();
        if (seed != null) session.seedFromOutside(seed);
        for (String file : files) {
            Input in = Input.readOrReport(file, System.in, err);
            if (in == null) return 2;
            session.baseDirectory(in.directory());
            Execution x = session.execute(in.text(), in.name(), TerminalProgress.forStderr(err));
            print(x.reports(), out);
            DiagnosticPrinter.print(x.diagnostics(), in, json, err);
            if (x.hasErrors()) return 1;
        }
        return 0;
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
