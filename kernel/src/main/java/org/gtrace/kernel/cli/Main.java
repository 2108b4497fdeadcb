package org.gtrace.kernel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gtrace} command: one subcommand per job. Exit codes: 0 ok, 1 errors in the program, 2 bad usage or a file that could not be written. */
@Command(name = "gtrace", mixinStandardHelpOptions = true, version = "gtrace 0.1.0",
        description = "Carbon accounting for generative AI: run G-TRACE programs, or serve them to Jupyter.",
        subcommands = {
            CommandLine.HelpCommand.class,
            RunCommand.class,
            CheckCommand.class,
            DemoCommand.class,
            PresetsCommand.class,
            KernelCommand.class,
            InstallCommand.class,
        })
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof org.gtrace.stdlib.io.WriteError w) {
                // a place that cannot be written is the user's to mend: what and how, never a stack trace
                cmd.getErr().println("gtrace " + cmd.getCommandName() + ": " + w.getMessage() + "; " + w.fix());
                cmd.getErr().flush();
                return 2;
            }
            cmd.getErr().println("gtrace: internal error: " + ex);
            cmd.getErr().flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("gtrace: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'gtrace " + ex.getCommandLine().getCommandName() + " --help'.");
            return 2;
        });
        return cl;
    }
}
