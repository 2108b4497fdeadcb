package org.gtrace.kernel.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gtrace.kernel.KernelLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gtrace kernel CONNECTION_FILE}: what the kernelspec runs; serves Jupyter until shut down. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Serve a Jupyter front end (run by Jupyter from the kernelspec, not by hand).")
public final class KernelCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CONNECTION_FILE", arity = "0..1", description = "the connection file Jupyter wrote")
    Path connectionFile;

    @Option(names = "--rehearse", hidden = true, description = "start on free ports, run one cell, stop (for install)")
    boolean rehearse;

    @Override
    public Integer call() throws Exception {
        if (rehearse) {
            KernelLauncher.rehearse();
            return 0;
        }
        if (connectionFile == null) throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "gtrace kernel needs the CONNECTION_FILE Jupyter wrote");
        String json;
        try {
            json = Files.readString(connectionFile, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            System.err.println("gtrace kernel: cannot read the connection file " + connectionFile + ": " + why);
            return 1;
        }
        try {
            KernelLauncher.serve(json);
        } catch (KernelLauncher.StartFailed e) {
            // one line, the real cause; the kernel never served, so there is nothing else to say
            System.err.println("gtrace kernel: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
