package org.gtrace.kernel.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gtrace.grammar.Session;
import org.gtrace.grammar.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gtrace check FILE…}: parses and checks, runs nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parse and check G-TRACE programs without running them; report every error.",
            "Exit status: 0 no errors, 1 errors in a program, 2 bad usage."})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "program files (.gtrace); '-' reads standard input")
    List<String> files;

    @Option(names = "--json", description = "diagnostics as JSON objects, one per line")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        for (String file : files) {
            Input in = Input.readOrReport(file, System.in, err);
            if (in == null) return 2;
            List<Diagnostic> ds = new Session().check(in.text(), in.name());
            DiagnosticPrinter.print(ds, in, json, err);
            if (ds.stream().anyMatch(Diagnostic::isError)) status = 1;
        }
        return status;
    }
}
