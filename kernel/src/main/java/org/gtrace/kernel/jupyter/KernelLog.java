package org.gtrace.kernel.jupyter;

import java.io.PrintStream;
import java.time.LocalTime;

/**
 * The kernel's own log: the process's real stderr, captured before cell output is redirected,
 * so that nothing a cell does and nothing the kernel logs ever reaches a notebook as a stream.
 * Set GTRACE_KERNEL_LOG=debug for per-message lines.
 */
public final class KernelLog {

    private static final PrintStream ERR = System.err;
    private static final boolean DEBUG = "debug".equalsIgnoreCase(System.getenv("GTRACE_KERNEL_LOG"));

    private KernelLog() {}

    public static void warn(String message) {
        ERR.println("[gtrace " + LocalTime.now() + "] " + message);
    }

    public static void warn(String message, Throwable t) {
        warn(message + ": " + t);
        if (DEBUG) t.printStackTrace(ERR);
    }

    public static void debug(String message) {
        if (DEBUG) warn(message);
    }
}
