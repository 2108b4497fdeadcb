package org.gtrace.stdlib.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered blocks of work on a fixed number of threads. Each block must depend only on its
 * index (it seeds its own random generator from it), so the results do not depend on which thread
 * ran which block: that is what makes a seeded run reproducible whatever the thread count.
 *
 * <p>The calling thread works too and is the one that reports progress and notices an interrupt;
 * on interrupt the helpers stop at their next block boundary and a {@link CancelledException} is
 * thrown.
 */
public final class ParallelBlocks {
    private ParallelBlocks() {}

    /** Default thread count: the processors available to this JVM. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code task} for each block index in [0, blocks). */
    public static void run(String what, int blocks, int threads, IntConsumer task, ProgressListener listener) {
        if (threads < 1) throw new IllegalArgumentException("thread count must be at least 1 (got " + threads + ")");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Failure failure = new Failure();
        List<Thread> helpers = startHelpers(Math.min(threads, blocks) - 1, blocks, next, done, task, failure, what);
        Progress progress = new Progress(listener, blocks);
        boolean cancelled = false;
        try {
            int b;
            while (failure.error == null && (b = next.getAndIncrement()) < blocks) {
                if (Thread.currentThread().isInterrupted()) {
                    cancelled = true;
                    break;
                }
                task.accept(b);
                progress.report(done.incrementAndGet());
            }
            for (Thread t : helpers) {
                while (!cancelled && t.isAlive()) {
                    t.join(20);
                    progress.report(done.get());
                }
            }
        } catch (InterruptedException e) {
            cancelled = true;
        } finally {
            stop(helpers, next, blocks);
        }
        if (cancelled) {
            Thread.currentThread().interrupt();
            throw new CancelledException(what);
        }
        if (failure.error != null) rethrow(failure.error);
        progress.report(blocks);
    }

    private static List<Thread> startHelpers(int count, int blocks, AtomicInteger next, AtomicInteger done,
                                             IntConsumer task, Failure failure, String what) {
        List<Thread> helpers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> {
                try {
                    int b;
                    while (!Thread.currentThread().isInterrupted() && failure.error == null
                            && (b = next.getAndIncrement()) < blocks) {
                        task.accept(b);
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.error = e;
                }
            }, "gtrace-" + what.replace(' ', '-') + "-" + (i + 1));
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        return helpers;
    }

    private static void stop(List<Thread> helpers, AtomicInteger next, int blocks) {
        next.set(blocks);
        boolean interrupted = Thread.interrupted();
        for (Thread t : helpers) t.interrupt();
        for (Thread t : helpers) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void rethrow(Throwable e) {
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
        throw new IllegalStateException(e);
    }

    private static final class Failure {
        volatile Throwable error;
    }

    /** Throttles reports to steps of at least 1%. */
    private static final class Progress {
        private final ProgressListener listener;
        private final int total;
        private double last = -1;

        Progress(ProgressListener listener, int total) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
            this.total = total;
        }

        void report(int done) {
            double f = Math.min(1.0, (double) done / total);
            if (f >= last + 0.01 || (f == 1.0 && last < 1.0)) {
                last = f;
                listener.progress(f);
            }
        }
    }
}
