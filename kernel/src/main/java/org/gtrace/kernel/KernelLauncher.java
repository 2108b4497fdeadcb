package org.gtrace.kernel;

import java.util.concurrent.CompletableFuture;
import org.gtrace.kernel.cell.CellRunner;
import org.gtrace.kernel.dsl.CellLanguage;
import org.gtrace.kernel.dsl.Languages;
import org.gtrace.kernel.java.JavaCells;
import org.gtrace.kernel.jupyter.Connection;
import org.gtrace.kernel.jupyter.IoPub;
import org.gtrace.kernel.jupyter.JupyterProtocol;
import org.gtrace.kernel.jupyter.KernelServer;
import org.gtrace.kernel.jupyter.KernelLog;
import org.gtrace.kernel.magic.Magics;
import org.gtrace.kernel.safety.ExitGuard;

/**
 * Starts a kernel: binds the sockets first (so kernel_info is answered at once), creates the
 * language session on a background thread, and starts JShell later still, in the background,
 * so neither delays the first DSL cell.
 */
public final class KernelLauncher {

    private KernelLauncher() {}

    public static void serve(String connectionJson) throws InterruptedException {
        Connection c = JupyterProtocol.connection(connectionJson);
        KernelServer server = new KernelServer(c);
        IoPub iopub = server.bind();
        CompletableFuture<CellLanguage> language = CompletableFuture.supplyAsync(Languages::create);
        JavaCells java = new JavaCells(language::join);
        CellRunner runner = new CellRunner(language, java, new Magics(Languages::datasets));
        GtraceKernel kernel = new GtraceKernel(iopub, server.protocol(), runner, server::stop);
        if (!ExitGuard.arm()) KernelLog.warn("this JVM refuses a security manager: System.exit in a Java cell will end the kernel");
        server.serve(kernel);
        language.thenRun(java::warmUp);
        try {
            server.awaitStop();
        } finally {
            ExitGuard.release();
        }
    }

}
