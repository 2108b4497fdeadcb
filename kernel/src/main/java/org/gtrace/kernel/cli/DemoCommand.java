package org.gtrace.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.kernel.render.ReportText;
import org.gtrace.stdlib.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gtrace demo}: the Ghibli study in the terminal, no Jupyter needed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the Ghibli study (G-TRACE's headline case) and print its results.")
public final class DemoCommand implements Callable<Integer> {

    static final String PROGRAM = "ghibli-demo.gtrace";

    @Option(names = "--show-program", description = "print the program before its results")
    boolean showProgram;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String program;
        try (InputStream in = DemoCommand.class.getResourceAsStream(PROGRAM)) {
            program = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (showProgram) out.println(program);
        Session session = new Session();
        session.baseDirectory(Path.of(""));
        Execution x = session.execute(program, PROGRAM);
        out.println("G-TRACE demo: the 2024-2025 Ghibli-style image trend\n");
        for (Report r : x.reports()) out.println(ReportText.render(r));
        out.flush();
        Input in = new Input(PROGRAM, program, Path.of(""));
        DiagnosticPrinter.print(x.diagnostics(), in, false, spec.commandLine().getErr());
        return x.hasErrors() ? 1 : 0;
    }
}
