package org.gtrace.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A program to run or check: its name in diagnostics, its text, and the folder its relative paths start from. */
record Input(String name, String text, Path directory) {

    /** The largest program read, in bytes: /dev/zero or an endless pipe is refused at this size, never read until memory runs out. */
    static final int MAX_BYTES = 64 << 20;

    /** How long a pipe, FIFO or device may send nothing before the read gives up (GTRACE_INPUT_IDLE_SECONDS changes it). */
    static final int IDLE_SECONDS = idleSeconds();

    /** Reads {@code file}, or standard input for "-". */
    static Input read(String file, InputStream stdin) throws IOException {
        if (file.equals("-")) {
            // typed at a terminal, input may take as long as the user likes
            boolean typed = System.console() != null;
            return new Input("<stdin>", utf8(bounded(() -> stdin, typed ? 0 : IDLE_SECONDS)), Path.of(""));
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) throw new IOException("is a directory");
        if (!Files.exists(p)) throw new IOException("no such file");
        Path parent = p.toAbsolutePath().getParent();
        Path dir = parent == null ? Path.of("") : parent;
        if (Files.isRegularFile(p)) {
            if (Files.size(p) > MAX_BYTES) throw tooBig();
            return new Input(file, utf8(Files.readAllBytes(p)), dir);
        }
        // a FIFO, a device or <(…): no size to read up to, and opening a FIFO blocks until a writer comes
        return new Input(file, utf8(bounded(() -> Files.newInputStream(p), IDLE_SECONDS)), dir);
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads a stream that has no size, on a helper thread, up to {@link #MAX_BYTES}; gives up
     * when nothing has arrived for {@code idleSeconds} (0: wait as long as it takes).
     */
    private static byte[] bounded(Source source, int idleSeconds) throws IOException {
        Gathered got = new Gathered();
        Thread reader = new Thread(() -> got.readAll(source), "gtrace-input");
        reader.setDaemon(true);
        reader.start();
        try {
            while (reader.isAlive()) {
                reader.join(50);
                long idle = (System.nanoTime() - got.lastByte) / 1_000_000_000L;
                if (reader.isAlive() && idleSeconds > 0 && idle >= idleSeconds) {
                    throw new IOException((got.size() == 0 ? "nothing arrived" : "nothing more arrived") + " for " + idleSeconds
                            + " s; if a program is still writing it, make it finish (GTRACE_INPUT_IDLE_SECONDS waits longer)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the read was interrupted");
        }
        return got.bytes();
    }

    /** What the reading thread gathered: at most one byte over the limit, in a buffer that never grows past it. */
    private static final class Gathered {
        private byte[] buffer = new byte[64 * 1024];
        private int size;
        private IOException failed;
        volatile long lastByte = System.nanoTime();

        void readAll(Source source) {
            try (InputStream in = source.open()) {
                while (size <= MAX_BYTES) {
                    int room = room(); // may replace the buffer: read into the one it leaves
                    int n = in.read(buffer, size, room);
                    if (n < 0) break;
                    synchronized (this) {
                        size += n;
                    }
                    lastByte = System.nanoTime();
                }
            } catch (IOException e) {
                failed = e;
            }
        }

        /** Room for the next read, growing the buffer by doubling up to the limit and one byte. */
        private int room() {
            if (size == buffer.length) {
                byte[] bigger = new byte[(int) Math.min((long) MAX_BYTES + 1, 2L * buffer.length)];
                System.arraycopy(buffer, 0, bigger, 0, size);
                synchronized (this) {
                    buffer = bigger;
                }
            }
            return buffer.length - size;
        }

        synchronized int size() {
            return size;
        }

        synchronized byte[] bytes() throws IOException {
            if (failed != null) throw failed;
            if (size > MAX_BYTES) throw tooBig();
            return size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size);
        }
    }

    private static IOException tooBig() {
        return new IOException("is over " + (MAX_BYTES >> 20) + " MB, the most a program may be; data belongs in a CSV file that the program loads (load t from \"data.csv\")");
    }

    private static int idleSeconds() {
        try {
            return Math.max(1, Integer.parseInt(System.getenv().getOrDefault("GTRACE_INPUT_IDLE_SECONDS", "30")));
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    private static String utf8(byte[] bytes) throws IOException {
        // decoded straight to a compact string; the strict decoder, which needs twice the memory, only to confirm a bad byte
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IOException("is not UTF-8 text; save it as UTF-8");
            }
        }
        return text;
    }

    /** Reads {@code file}, or says on {@code err} why it cannot and returns null (bad usage, exit 2). */
    static Input readOrReport(String file, InputStream stdin, PrintWriter err) {
        try {
            return read(file, stdin);
        } catch (IOException e) {
            err.println("gtrace: cannot read " + file + ": " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
