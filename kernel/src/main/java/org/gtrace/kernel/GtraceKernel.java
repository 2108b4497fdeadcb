package org.gtrace.kernel;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.dsl.Completion;
import org.gtrace.kernel.jupyter.Channel;
import org.gtrace.kernel.jupyter.IoPub;
import org.gtrace.kernel.jupyter.JupyterProtocol;
import org.gtrace.kernel.jupyter.KernelLog;
import org.gtrace.kernel.jupyter.Outgoing;
import org.gtrace.kernel.jupyter.Request;
import org.gtrace.kernel.jupyter.RequestHandler;

/**
 * The kernel's answers to the messaging protocol. Shell requests are served in order, each
 * between busy and idle; cells run on one worker thread so that an interrupt from the control
 * channel can stop them without touching a socket thread. Every request the spec answers gets
 * its reply, whatever a cell throws.
 */
public final class GtraceKernel implements RequestHandler {

    static final String VERSION = "0.1.0";

    private final IoPub iopub;
    private final JupyterProtocol protocol;
    private final CellRunner runner;
    private final Editing editing;
    private final Runnable shutdown;
    private final History history = new History();
    private volatile ExecutorService worker = newWorker();
    /** When the running cell was asked to stop. */
    private volatile long interruptNanos;
    /** A cell's thread did not stop when interrupted: JShell may still be inside it, so Java cells wait for a restart. */
    private volatile boolean javaBlocked;

    /** How long an interrupted cell has to stop before the kernel answers without it. */
    static final long STUCK_AFTER_MS = 2000;

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gtrace-cell");
            t.setDaemon(true);
            return t;
        });
    }
    private volatile Thread cellThread;
    private volatile long lastRequestNanos = System.nanoTime();
    private volatile boolean interruptRequested;
    /** The running cell's progress line, which a shutdown takes out. */
    private volatile Progress running;
    private int executionCount;
    private boolean abortQueued;

    public GtraceKernel(IoPub iopub, JupyterProtocol protocol, CellRunner runner, Runnable shutdown) {
        this.iopub = iopub;
        this.protocol = protocol;
        this.runner = runner;
        this.editing = new Editing(runner);
        this.shutdown = shutdown;
        CellStreams.install();
    }

    /**
     * Serves one shell request between busy and idle. The reply is sent last, after idle is on
     * the wire, so a client that reads IOPub once it has the reply finds everything waiting.
     */
    @Override
    public void shell(Request r, Channel.Replier socket) {
        lastRequestNanos = System.nanoTime();
        Outgoing[] reply = new Outgoing[1];
        Channel.Replier replier = (to, message) -> reply[0] = message;
        iopub.publish(protocol.status(true), r);
        try {
            switch (r.type()) {
                case "execute_request" -> execute(r, replier);
                case "kernel_info_request" -> replier.reply(r, kernelInfo());
                case "complete_request" -> complete(r, replier);
                case "inspect_request" -> replier.reply(r, protocol.inspect(editing.inspect(r.code(), r.cursorPos())));
                case "is_complete_request" -> replier.reply(r, protocol.isComplete(editing.isComplete(r.code()), ""));
                case "history_request" -> replier.reply(r, protocol.history(history.answer(r.history())));
                case "comm_info_request" -> replier.reply(r, protocol.commInfo());
                case "shutdown_request" -> shutdown(r, socket);
                case "comm_open", "comm_msg", "comm_close" -> KernelLog.debug("ignored " + r.type() + " (no comm targets)");
                default -> unsupported(r, replier);
            }
        } catch (RuntimeException | Error e) {
            KernelLog.warn("shell: " + r.type() + " failed", e);
            if (r.type().endsWith("_request")) reply[0] = protocol.unsupported(r.type());
        } finally {
            iopub.publish(protocol.status(false), r);
            iopub.flush();
            boolean abort = abortQueued;
            abortQueued = false;
            List<Request> waiting = abort ? socket.waiting() : List.of();
            if (reply[0] != null) socket.reply(r, reply[0]);
            if (abort) abortWaiting(waiting, socket);
        }
    }

    /** Replies "aborted" to the execute requests queued behind a failed cell; serves the rest. */
    private void abortWaiting(List<Request> waiting, Channel.Replier socket) {
        for (Request w : waiting) {
            if (!w.type().equals("execute_request")) {
                shell(w, socket);
                continue;
            }
            iopub.publish(protocol.status(true), w);
            iopub.publish(protocol.status(false), w);
            iopub.flush();
            socket.reply(w, protocol.executeAborted(executionCount));
        }
    }

    @Override
    public void control(Request r, Channel.Replier replier) {
        switch (r.type()) {
            case "interrupt_request" -> {
                interrupt();
                replier.reply(r, protocol.interrupt());
            }
            case "shutdown_request" -> shutdown(r, replier);
            case "kernel_info_request" -> replier.reply(r, kernelInfo());
            default -> unsupported(r, replier);
        }
    }

    private void unsupported(Request r, Channel.Replier replier) {
        KernelLog.warn("no handler for " + r.type());
        if (r.type().endsWith("_request")) replier.reply(r, protocol.unsupported(r.type()));
    }

    private Outgoing kernelInfo() {
        return protocol.kernelInfo(VERSION, "G-TRACE " + VERSION + " — carbon accounting for generative AI. %help for help.", VERSION);
    }

    private void complete(Request r, Channel.Replier replier) {
        Completion c = editing.complete(r.code(), r.cursorPos());
        replier.reply(r, protocol.complete(c.matches(), c.types(), c.start(), c.end()));
    }

    /**
     * Blocks until no cell runs and no request came for {@code quietMillis}: background warm-up
     * waits for this so it never competes with the user's first cells for the CPU.
     */
    void awaitQuiet(long quietMillis) throws InterruptedException {
        while (cellThread != null || System.nanoTime() - lastRequestNanos < quietMillis * 1_000_000L) {
            Thread.sleep(50);
        }
    }

    /** Stops the running cell: JShell's stop for Java, a thread interrupt for the DSL's loops. */
    void interrupt() {
        Thread t = cellThread;
        if (t == null) return;
        if (!interruptRequested) interruptNanos = System.nanoTime();
        interruptRequested = true;
        // once a Java cell is stuck, JShell says it is running for ever: a later cell is a G-TRACE one
        if (!javaBlocked && runner.java().isRunning()) runner.java().stop();
        else t.interrupt();
    }

    private void shutdown(Request r, Channel.Replier replier) {
        interrupt();
        // a restart must not leave the running cell's progress line behind in the notebook
        Progress p = running;
        if (p != null) p.stop();
        replier.reply(r, protocol.shutdown(r.restart()));
        shutdown.run();
    }

    /** Output, in characters, after which a cell's garbage is collected at once rather than kept in a grown heap. */
    static final long LARGE_OUTPUT = 16_000_000;

    /**
     * A full collection on a background thread, once a cell has sent (or tried to) a lot: the
     * serial collector then shrinks the heap, and the kernel's memory goes back to what it was
     * (a flood of displays left it 41 % larger).
     */
    private static void releaseMemory() {
        Thread t = new Thread(System::gc, "gtrace-release-memory");
        t.setDaemon(true);
        t.start();
    }

    private void execute(Request r, Channel.Replier replier) {
        int count = r.storeHistory() ? ++executionCount : Math.max(executionCount, 1);
        if (!r.silent()) iopub.publish(protocol.executeInput(r.code(), count), r);
        CellOutput out = new CellOutput(iopub, protocol, r, count);
        Progress progress = new Progress(out, protocol, count);
        running = progress;
        progress.start();
        CellError error = run(r.code(), "cell " + count, out);
        progress.stop();
        running = null;
        String text = out.finish(error != null);
        if (out.attempted() > LARGE_OUTPUT) releaseMemory();
        if (r.storeHistory()) history.add(count, r.code(), text);
        if (error != null) {
            abortQueued = r.stopOnError();
            out.publish(protocol.error(error.ename(), error.evalue(), error.traceback()));
            replier.reply(r, protocol.executeError(count, error.ename(), error.evalue(), error.traceback()));
        } else {
            replier.reply(r, protocol.executeOk(count));
        }
    }

    /** Runs the cell on the worker; returns its error, or null. Never throws. */
    private CellError run(String code, String origin, CellOutput out) {
        if (javaBlocked && code.stripLeading().startsWith("%%java")) {
            return CellErrors.simple("InterruptFailed", "Java cells cannot run: an earlier cell did not stop when interrupted"
                    + " and may still hold JShell. Restart the kernel (Kernel → Restart); G-TRACE cells still run.");
        }
        Future<CellError> f = worker.submit(() -> {
            cellThread = Thread.currentThread();
            Thread.interrupted();
            CellStreams.attach(out);
            try {
                runner.run(code, origin, out);
                return interruptRequested ? CellErrors.interrupted() : null;
            } catch (CellError e) {
                return interruptRequested ? CellErrors.interrupted() : e;
            } catch (Throwable t) {
                if (interruptRequested || t instanceof ThreadDeath) return CellErrors.interrupted();
                KernelLog.warn("cell failed", t);
                return CellErrors.of(t);
            } finally {
                CellStreams.detach();
                cellThread = null;
                interruptRequested = false;
                Thread.interrupted();
            }
        });
        while (true) {
            try {
                return f.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (interruptRequested && System.nanoTime() - interruptNanos > STUCK_AFTER_MS * 1_000_000) return abandon();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CellErrors.interrupted();
            } catch (ExecutionException e) {
                return CellErrors.of(e.getCause());
            }
        }
    }

    /**
     * Answers for a cell whose thread an interrupt could not stop (a {@code synchronized}
     * deadlock: monitors do not answer interrupts): the thread is left where it is, a new worker
     * takes the next cells, and the user is told a restart is needed for Java cells.
     */
    private CellError abandon() {
        KernelLog.warn("a cell did not stop within " + STUCK_AFTER_MS + " ms of an interrupt; its thread is left blocked");
        javaBlocked = true;
        worker = newWorker();
        cellThread = null;
        interruptRequested = false;
        return CellErrors.simple("InterruptFailed", "the cell did not stop within " + STUCK_AFTER_MS / 1000 + " s of the interrupt:"
                + " its thread is blocked where Java cannot interrupt it (a synchronized deadlock, for one). G-TRACE cells"
                + " still run; Java cells need a restart (Kernel → Restart), which loses the session's state.");
    }
}
