package org.gtrace.kernel.java;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The threads Java cells started and left running. JShell's local execution runs each snippet on
 * a thread of its own thread group, and a thread a snippet starts joins that group, so the group
 * tells a cell's threads from the kernel's. {@code %threads} lists them; {@code %threads stop}
 * and {@code %reset} stop them.
 */
public final class CellThreads {

    /** The thread group JDK 17's LocalExecutionControl makes for snippets. */
    static final String GROUP = "JShell process local execution";

    private CellThreads() {}

    /** Live threads that a cell started, the snippet thread running now excepted, by name. */
    public static List<Thread> running() {
        List<Thread> found = new ArrayList<>();
        for (Thread t : all()) {
            if (t != Thread.currentThread() && !isRunningSnippet(t)) found.add(t);
        }
        found.sort(Comparator.comparing(Thread::getName));
        return found;
    }

    /** Every live thread of the cells' group, cheaply (no stack traces): what a cell about to start inherits. */
    public static java.util.Set<Thread> all() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        java.util.Set<Thread> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            if (threads[i].isAlive() && inCellGroup(threads[i])) found.add(threads[i]);
        }
        return found;
    }

    private static boolean inCellGroup(Thread t) {
        for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
            if (GROUP.equals(g.getName())) return true;
        }
        return false;
    }

    /** The thread JShell runs the current snippet on, which is not the cell's to leave behind. */
    private static boolean isRunningSnippet(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("jdk.jshell.execution.")) return true;
        }
        return false;
    }

    /**
     * Interrupts each, waits up to {@code graceMillis} for them to end, and stops those that did
     * not (Thread.stop: deprecated, but a thread that ignores interrupts leaves no other way in
     * process). Returns how many were stopped.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public static int stopAll(long graceMillis) {
        List<Thread> threads = running();
        threads.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + graceMillis * 1_000_000;
        for (Thread t : threads) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            try {
                if (left > 0) t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread t : threads) {
            if (t.isAlive()) t.stop();
        }
        return threads.size();
    }
}
