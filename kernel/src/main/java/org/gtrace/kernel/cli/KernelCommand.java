package org.gtrace.kernel.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gtrace.kernel.KernelLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gtrace kernel CONNECTION_FILE}: what the kernelspec runs; serves Jupyter until shut down. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Serve a Jupyter front end (run by Jupyter from the kernelspec, not by hand).")
public final class KernelCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CONNECTION_FILE", description = "the connection file Jupyter wrote")
    Path connectionFile;

    @Override
    public Integer call() throws Exception {
        String json = Files.readString(connectionFile, StandardCharsets.UTF_8);
        KernelLauncher.serve(json);
        return 0;
    }
}
