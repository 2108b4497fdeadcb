package org.gtrace.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A program to run or check: its name in diagnostics, its text, and the folder its relative paths start from. */
record Input(String name, String text, Path directory) {

    /** Reads {@code file}, or standard input for "-". */
    static Input read(String file, InputStream stdin) throws IOException {
        if (file.equals("-")) {
            return new Input("<stdin>", utf8(stdin.readAllBytes()), Path.of(""));
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) throw new IOException("is a directory");
        if (!Files.exists(p)) throw new IOException("no such file");
        Path parent = p.toAbsolutePath().getParent();
        // bytes, not readString: /dev/null, pipes and <(…) have no size to read up to
        return new Input(file, utf8(Files.readAllBytes(p)), parent == null ? Path.of("") : parent);
    }

    private static String utf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("is not UTF-8 text; save it as UTF-8");
        }
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
