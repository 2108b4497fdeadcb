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
            return new Input("<stdin>", new String(stdin.readAllBytes(), StandardCharsets.UTF_8), Path.of(""));
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) throw new IOException("is a directory");
        if (!Files.isRegularFile(p)) throw new IOException("no such file");
        Path parent = p.toAbsolutePath().getParent();
        return new Input(file, Files.readString(p, StandardCharsets.UTF_8), parent == null ? Path.of("") : parent);
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
