package org.gtrace.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The only files the CLI writes are the kernelspec's: written whole, and never over one without --force. */
class InstallOverwriteTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anInstalledSpecIsKeptUnlessForced(@TempDir Path prefix) throws IOException {
        CliTest.Result first = CliTest.run("", "install", "--prefix", prefix.toString());
        assertEquals(0, first.status(), first.err());
        Path kernels = prefix.resolve("share/jupyter/kernels");
        Path json = kernels.resolve("gtrace/kernel.json");
        Files.writeString(json, "{\"marker\": \"the user's own edit\"}");

        CliTest.Result again = CliTest.run("", "install", "--prefix", prefix.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already installed") && again.err().contains("--force"), again.err());
        assertEquals("{\"marker\": \"the user's own edit\"}", Files.readString(json), "refused means untouched");

        CliTest.Result forced = CliTest.run("", "install", "--force", "--prefix", prefix.toString());
        assertEquals(0, forced.status(), forced.err());
        assertTrue(Files.readString(json).contains("\"display_name\": \"G-TRACE\""));
        assertEquals(List.of("gtrace"), names(kernels), "no temporary or old folders left beside the spec");
    }
}
