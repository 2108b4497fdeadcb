package org.gtrace.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.KernelLog;

/**
 * Points System.out and System.err at the running cell, so {@code System.out.println} in a Java
 * cell becomes a stdout stream message. Output with no cell running goes to the kernel log.
 * Lines are gathered for up to {@value #BATCH_MS} ms (or {@value #BATCH_BYTES} bytes) into one
 * message, as ipykernel does: a loop printing a million short lines sends a few hundred messages,
 * not a million.
 */
final class CellStreams {

    static final int BATCH_MS = 50;
    static final int BATCH_BYTES = 64 * 1024;
    private static final Forward OUT = new Forward(false);
    private static final Forward ERR = new Forward(true);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gtrace-streams");
        t.setDaemon(true);
        return t;
    });
    private static volatile Output current;

    private CellStreams() {}

    static synchronized void install() {
        if (System.out instanceof Redirected) return;
        // KernelLog keeps the System.err it finds when first used: make that the real one, or the
        // log would feed back into these streams and never reach the kernel's stderr
        KernelLog.debug("cell output now goes to IOPub");
        System.setOut(new Redirected(OUT));
        System.setErr(new Redirected(ERR));
        TIMER.scheduleWithFixedDelay(CellStreams::drain, BATCH_MS, BATCH_MS, TimeUnit.MILLISECONDS);
    }

    static void attach(Output out) {
        current = out;
    }

    static void detach() {
        System.out.flush();
        System.err.flush();
        drain();
        current = null;
    }

    private static void drain() {
        OUT.drain();
        ERR.drain();
    }

    private static final class Redirected extends PrintStream {
        Redirected(Forward f) {
            super(f, true, StandardCharsets.UTF_8);
        }
    }

    private static final class Forward extends OutputStream {
        private final boolean err;
        private ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

        Forward(boolean err) {
            this.err = err;
        }

        @Override
        public synchronized void write(int b) {
            buffer.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        /** PrintStream calls this at every line; the text waits for the timer unless a batch is full. */
        @Override
        public synchronized void flush() {
            if (buffer.size() >= BATCH_BYTES) drain();
        }

        synchronized void drain() {
            if (buffer.size() == 0) return;
            String text = buffer.toString(StandardCharsets.UTF_8);
            // a huge print leaves a huge array behind; give it back rather than keep it for the session
            if (buffer.size() > 4 * BATCH_BYTES) buffer = new ByteArrayOutputStream(256);
            else buffer.reset();
            Output out = current;
            if (out == null) KernelLog.warn("output outside a cell: " + text.strip());
            else if (err) out.stderr(text);
            else out.stdout(text);
        }
    }
}
