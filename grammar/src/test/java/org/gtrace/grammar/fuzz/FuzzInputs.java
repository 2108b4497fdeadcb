package org.gtrace.grammar.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The corpus and regression folders on the test classpath, and where new findings are written. */
final class FuzzInputs {

    static final Path FINDINGS = Path.of("target", "fuzz-findings");

    private FuzzInputs() {}

    /** Every file of a resource folder, sorted by name. */
    static List<Path> files(String folder) {
        try {
            Path dir = Path.of(FuzzInputs.class.getResource("/" + folder).toURI());
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(Files::isRegularFile).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource folder " + folder + " is missing", e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> corpus() {
        return files("fuzz-corpus").stream().map(FuzzInputs::read).toList();
    }

    /** Saves an input that broke the oracle (UTF-8, so NULs and odd characters survive); returns its path. */
    static Path save(String input) {
        try {
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            Files.createDirectories(FINDINGS);
            Path p = FINDINGS.resolve("finding-" + name + ".gtrace");
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
