package org.gtrace.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.KernelLog;

/**
 * Points System.out and System.err at the running cell, so {@code System.out.println} in a Java
 * cell becomes a stdout stream message. Output with no cell running goes to the kernel log.
 */
final class CellStreams {

    private static volatile Output current;

    private CellStreams() {}

    static void install() {
        System.setOut(new PrintStream(new Forward(false), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Forward(true), true, StandardCharsets.UTF_8));
    }

    static void attach(Output out) {
        current = out;
    }

    static void detach() {
        System.out.flush();
        System.err.flush();
        current = null;
    }

    private static final class Forward extends OutputStream {
        private final boolean err;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

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

        @Override
        public synchronized void flush() {
            if (buffer.size() == 0) return;
            String text = buffer.toString(StandardCharsets.UTF_8);
            buffer.reset();
            Output out = current;
            if (out == null) KernelLog.warn("output outside a cell: " + text.strip());
            else if (err) out.stderr(text);
            else out.stdout(text);
        }
    }
}
