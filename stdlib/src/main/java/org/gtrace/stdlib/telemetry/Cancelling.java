package org.gtrace.stdlib.telemetry;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gtrace.stdlib.uncertainty.CancelledException;

/**
 * Runs SQL so that interrupting the calling thread (a user pressing stop) cancels it: DuckDB works
 * in native code and never looks at Java's interrupt flag, so a daemon watch looks ten times a
 * second and cancels the statement. What was cancelled throws {@link CancelledException}.
 */
final class Cancelling {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gtrace-sql-watch");
        t.setDaemon(true);
        return t;
    });

    interface Work<T> {
        T run() throws SQLException;
    }

    private Cancelling() {}

    static <T> T run(Statement statement, String what, Work<T> work) throws SQLException {
        CancelledException.ifInterrupted(what);
        Thread caller = Thread.currentThread();
        ScheduledFuture<?> watch = WATCH.scheduleAtFixedRate(() -> {
            if (caller.isInterrupted()) {
                try {
                    statement.cancel();
                } catch (SQLException ignored) {
                    // the statement has ended or closed: nothing left to cancel
                }
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        try {
            return work.run();
        } catch (SQLException e) {
            CancelledException.ifInterrupted(what);
            throw e;
        } finally {
            watch.cancel(false);
        }
    }
}
