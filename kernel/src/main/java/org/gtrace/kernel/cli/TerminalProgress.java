package org.gtrace.kernel.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gtrace.grammar.runtime.Progress;

/**
 * A one-line progress bar on standard error for long work (Monte Carlo, simulation), drawn only
 * when standard error is a terminal and the task has run for a moment, so pipes, files and quick
 * programs see nothing. Ctrl-C stops the process, as usual for a command-line tool.
 */
final class TerminalProgress implements Progress {
    private static final long SHOW_AFTER_NANOS = 300_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String task = "";
    private long started;
    private long drawn;
    private boolean visible;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when standard error is a terminal, otherwise nothing. */
    static Progress forStderr(PrintWriter err) {
        return stderrIsTerminal() ? new TerminalProgress(err) : Progress.NONE;
    }

    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null; // not Linux: the best the JDK offers
        }
    }

    @Override
    public synchronized void update(String task, double fraction) {
        long now = System.nanoTime();
        if (!task.equals(this.task)) {
            this.task = task;
            started = now;
            drawn = 0;
        }
        if (fraction >= 1) {
            clear();
            return;
        }
        if (now - started < SHOW_AFTER_NANOS || now - drawn < REDRAW_NANOS) return;
        drawn = now;
        visible = true;
        err.print("\r" + line(task, fraction));
        err.flush();
    }

    static String line(String task, double fraction) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%% %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                fraction * 100, task);
    }

    private void clear() {
        if (!visible) return;
        err.print("\r" + " ".repeat(WIDTH + 8 + task.length()) + "\r");
        err.flush();
        visible = false;
    }
}
