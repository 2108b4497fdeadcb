package org.gtrace.spark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.gtrace.stdlib.uncertainty.CancelledException;

/**
 * Runs Spark work for a caller so that it behaves like the rest of G-TRACE: Spark finds its data
 * sources through the thread's context class loader, which in the kernel is not the engine's; and
 * a user pressing stop interrupts the caller, which Spark's executors never see, so a watch cancels
 * the caller's job group and the work ends in {@link CancelledException}.
 */
final class Jobs {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gtrace-spark-watch");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicLong GROUPS = new AtomicLong();

    private Jobs() {}

    static <T> T inEngine(Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(Jobs.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    static <T> T run(SparkSession spark, String what, Supplier<T> work) {
        CancelledException.ifInterrupted(what);
        Thread caller = Thread.currentThread();
        SparkContext sc = spark.sparkContext();
        String group = "gtrace-" + GROUPS.incrementAndGet();
        AtomicBoolean cancelled = new AtomicBoolean();
        sc.setJobGroup(group, what, true);
        ScheduledFuture<?> watch = WATCH.scheduleAtFixedRate(() -> {
            if (caller.isInterrupted() && cancelled.compareAndSet(false, true)) sc.cancelJobGroup(group);
        }, 100, 100, TimeUnit.MILLISECONDS);
        try {
            return inEngine(work);
        } catch (Exception e) {  // Scala throws checked ones too: InterruptedException, AnalysisException
            if (cancelled.get() || caller.isInterrupted() || interruption(e)) {
                sc.cancelJobGroup(group);
                caller.interrupt();
                throw new CancelledException(what);
            }
            throw Jobs.<RuntimeException>unchecked(e);
        } finally {
            watch.cancel(false);
            sc.clearJobGroup();
        }
    }

    /** Rethrows {@code e} as it is; the callers catch what Spark throws, checked or not. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E unchecked(Exception e) throws E {
        throw (E) e;
    }

    private static boolean interruption(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InterruptedException || c instanceof CancelledException) return true;
        }
        return false;
    }

    /** The first line of what Spark says, without its exception class names. */
    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse("").replaceFirst("^\\[[A-Z_.]+\\] ", "").strip();
    }
}
