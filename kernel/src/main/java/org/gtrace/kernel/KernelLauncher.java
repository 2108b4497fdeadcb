package org.gtrace.kernel;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.dsl.CellLanguage;
import org.gtrace.kernel.dsl.Languages;
import org.gtrace.kernel.java.JavaCells;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.jupyter.Connection;
import org.gtrace.kernel.jupyter.IoPub;
import org.gtrace.kernel.jupyter.JupyterProtocol;
import org.gtrace.kernel.jupyter.KernelLog;
import org.gtrace.kernel.jupyter.KernelServer;
import org.gtrace.kernel.magic.Magics;
import org.gtrace.kernel.safety.ExitGuard;
import org.gtrace.kernel.safety.HeartbeatWatch;
import org.gtrace.kernel.safety.ParentWatch;

/**
 * Starts a kernel: binds the sockets first (so kernel_info is answered at once), creates the
 * language session on a background thread, and starts JShell once the language is ready, in the
 * background, so neither delays the first DSL cell.
 */
public final class KernelLauncher {

    private KernelLauncher() {}

    /** The kernel could not start: a connection file it cannot use, ports it cannot bind. */
    public static final class StartFailed extends Exception {
        StartFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static void serve(String connectionJson) throws InterruptedException, StartFailed {
        Started k;
        try {
            k = start(JupyterProtocol.connection(connectionJson));
        } catch (RuntimeException e) {
            throw new StartFailed("cannot start: " + reason(e), e);
        }
        // armed only once the kernel serves: a failed start exits plainly, and no cell runs before this
        if (!ExitGuard.arm()) KernelLog.warn("this JVM refuses a security manager: System.exit in a Java cell will end the kernel");
        KernelLog.debug("serving " + Duration.between(ProcessHandle.current().info().startInstant().orElse(Instant.now()),
                Instant.now()).toMillis() + " ms after process start");
        ParentWatch.start(why -> {
            KernelLog.warn(why);
            k.server.stop();
        });
        watchHeartbeat(k.server);
        k.language.thenRunAsync(() -> {
            try {
                k.kernel.awaitQuiet(300);
            } catch (InterruptedException e) {
                return;
            }
            warmUp();
            // JShell and javac are not started here: most sessions never run a Java cell (they start
            // on the first %%java cell, or the first completion asked inside one)
        });
        try {
            k.server.awaitStop();
        } finally {
            ExitGuard.release();
        }
    }

    /** Starts the heartbeat watch when {@value HeartbeatWatch#VARIABLE} asks for it; a bad value is logged and ignored. */
    private static void watchHeartbeat(KernelServer server) {
        try {
            HeartbeatWatch.timeout(System.getenv(HeartbeatWatch.VARIABLE)).ifPresent(t -> HeartbeatWatch.start(t,
                    server::heartbeatSilence, why -> {
                        KernelLog.warn(why);
                        server.stop();
                    }));
        } catch (IllegalArgumentException e) {
            KernelLog.warn(e.getMessage() + ": the heartbeat is not watched");
        }
    }

    /** The first message in the chain that says something, e.g. "signature_scheme 'hmac-md9' is not supported". */
    private static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                String kind = c instanceof com.google.gson.JsonParseException ? "the connection file is not JSON: " : "";
                return kind + c.getMessage().lines().findFirst().orElse("").replaceFirst("^([\\w$]+\\.)+[\\w$]*(Exception|Error): ", "");
            }
        }
        return e.getClass().getSimpleName();
    }

    /** A small study that loads the bundled data and the renderers a first cell needs. */
    static final String WARM_UP = "workload image warm < queries 1M; energy 3 Wh >\nemissions warm\ntable emissions warm by region";

    /**
     * Runs {@link #WARM_UP} in a scratch session (the user's is untouched) and renders it, so the
     * first real cell finds the data loaded and the code compiled. Background work: a cell that
     * arrives meanwhile simply runs.
     */
    static void warmUp() {
        try {
            CellLanguage scratch = Languages.create();
            scratch.execute(WARM_UP, "warm-up").reports().forEach(org.gtrace.kernel.render.ReportBundles::of);
        } catch (RuntimeException e) {
            KernelLog.warn("warm-up failed (the kernel works, its first cell is slower)", e);
        }
    }

    private record Started(KernelServer server, GtraceKernel kernel, CompletableFuture<CellLanguage> language, JavaCells java,
                           CellRunner runner) {}

    private static Started start(Connection c) {
        KernelServer server = new KernelServer(c);
        IoPub iopub = server.bind();
        CompletableFuture<CellLanguage> language = CompletableFuture.supplyAsync(Languages::create);
        JavaCells java = new JavaCells(language::join);
        CellRunner runner = new CellRunner(language, java, new Magics(Languages::datasets));
        GtraceKernel kernel = new GtraceKernel(iopub, server.protocol(), runner, server::stop);
        server.serve(kernel);
        return new Started(server, kernel, language, java, runner);
    }

    /**
     * Starts a kernel on free loopback ports, runs one DSL cell and a chart, and stops: the
     * classes a real start loads, for the class-data-sharing archive written at install.
     */
    public static void rehearse() throws Exception {
        String json = "{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"signature_scheme\":\"hmac-sha256\",\"key\":\"k\","
                + "\"shell_port\":" + freePort() + ",\"iopub_port\":" + freePort() + ",\"stdin_port\":" + freePort()
                + ",\"control_port\":" + freePort() + ",\"hb_port\":" + freePort() + "}";
        Started k = start(JupyterProtocol.connection(json));
        Output quiet = new Output() {
            @Override public void display(Bundle bundle) { }
            @Override public void update(Bundle bundle) { }
            @Override public void result(Bundle bundle) { }
            @Override public void stdout(String text) { }
            @Override public void stderr(String text) { }
            @Override public void clear(boolean wait) { }
        };
        k.runner.run(WARM_UP, "rehearsal", quiet);
        k.server.stop();
        k.server.awaitStop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
