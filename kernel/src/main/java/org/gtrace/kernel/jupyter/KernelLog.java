package org.gtrace.kernel.jupyter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

/**
 * The kernel's own log: the process's real stderr, captured before cell output is redirected,
 * so that nothing a cell does and nothing the kernel logs ever reaches a notebook as a stream.
 * Set GTRACE_KERNEL_LOG=debug for per-message lines.
 */
public final class KernelLog {

    /** File descriptor 2 itself: System.err is redirected to the running cell. */
    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
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
