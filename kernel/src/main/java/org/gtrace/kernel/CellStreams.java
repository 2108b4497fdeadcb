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
    private static volatile java.util.Set<Thread> strays = java.util.Set.of();
    private static final Forward STRAY = new Forward(false);
    private static PrintStream out;
    private static PrintStream err;
    private static java.util.Locale locale;
    private static java.util.TimeZone zone;

    private CellStreams() {}

    static synchronized void install() {
        if (System.out instanceof Redirected) return;
        // KernelLog keeps the System.err it finds when first used: make that the real one, or the
        // log would feed back into these streams and never reach the kernel's stderr
        KernelLog.debug("cell output now goes to IOPub");
        out = new Redirected(OUT);
        err = new Redirected(ERR);
        System.setOut(out);
        System.setErr(err);
        locale = java.util.Locale.getDefault();
        zone = java.util.TimeZone.getDefault();
        TIMER.scheduleWithFixedDelay(CellStreams::drain, BATCH_MS, BATCH_MS, TimeUnit.MILLISECONDS);
    }

    static void attach(Output cell) {
        restore();
        // threads earlier Java cells left running write to the log, not into this cell
        strays = org.gtrace.kernel.java.CellThreads.all();
        drain();  // what came between cells is the log's
        current = cell;
    }

    static void detach() {
        restore();
        out.flush();
        err.flush();
        drain();
        current = null;
        // from here on, what a thread this cell started writes is no later cell's
        strays = org.gtrace.kernel.java.CellThreads.all();
    }

    /**
     * Puts back what a Java cell may have changed of the process that the language relies on:
     * the standard streams ({@code System.setOut(null)} made every later cell fail), the default
     * Locale (a German one printed 4.200 MWh) and the default time zone. Said in the kernel log.
     */
    static synchronized void restore() {
        if (out == null) return;
        if (System.out != out) {
            System.setOut(out);
            KernelLog.warn("a cell replaced System.out; it was put back");
        }
        if (System.err != err) {
            System.setErr(err);
            KernelLog.warn("a cell replaced System.err; it was put back");
        }
        if (!java.util.Locale.getDefault().equals(locale)) {
            KernelLog.warn("a cell set the default Locale to " + java.util.Locale.getDefault() + "; it was put back to " + locale);
            java.util.Locale.setDefault(locale);
        }
        if (!java.util.TimeZone.getDefault().equals(zone)) {
            KernelLog.warn("a cell set the default time zone to " + java.util.TimeZone.getDefault().getID() + "; it was put back to " + zone.getID());
            java.util.TimeZone.setDefault(zone);
        }
    }

    private static void drain() {
        OUT.drain();
        ERR.drain();
        STRAY.drain();
    }

    /** Most characters of output outside a cell (a thread a Java cell left printing) the kernel log takes, for the kernel's life. */
    static final long LOG_CAP = 1_000_000;
    private static long logged;

    private static synchronized void toLog(String text) {
        if (logged >= LOG_CAP) return;
        String kept = text.length() > LOG_CAP - logged ? text.substring(0, (int) (LOG_CAP - logged)) : text;
        logged += kept.length();
        KernelLog.warn("output outside a cell: " + kept.strip());
        if (logged >= LOG_CAP) {
            KernelLog.warn("output outside a cell reached " + LOG_CAP + " characters; more is dropped (a thread a Java cell started"
                    + " may still be printing: a restart stops it)");
        }
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
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (this != STRAY && strays.contains(Thread.currentThread())) {
                STRAY.write(b, off, len);
                STRAY.flush();
                return;
            }
            synchronized (this) {
                buffer.write(b, off, len);
            }
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
            Output out = this == STRAY ? null : current;
            if (out == null) toLog(text);
            else if (err) out.stderr(text);
            else out.stdout(text);
        }
    }
}
