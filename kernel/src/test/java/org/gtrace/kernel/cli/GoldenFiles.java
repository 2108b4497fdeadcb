package org.gtrace.kernel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** Reading, comparing and atomically rewriting baseline documents. */
final class GoldenFiles {

    private GoldenFiles() {}

    static Optional<String> read(Path baseline) throws IOException {
        return Files.exists(baseline) ? Optional.of(Files.readString(baseline, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Writes {@code text} to a temporary file beside {@code target}, then moves it over the target. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Where {@code actual} first leaves {@code expected}, in words: the baseline's line number,
     * the result it belongs to (its {@code === line N: …} header) and both lines; empty when
     * they are equal.
     */
    static Optional<String> firstDifference(String baselineName, String expected, String actual) {
        if (expected.equals(actual)) return Optional.empty();
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int i = 0;
        while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) i++;
        String section = section(i < want.size() ? want : got, i);
        return Optional.of(baselineName + " differs at its line " + (i + 1) + ", in the result of " + section + "\n"
                + "  expected: " + shown(want, i) + "\n"
                + "  actual:   " + shown(got, i));
    }

    private static String section(List<String> lines, int upTo) {
        for (int i = Math.min(upTo, lines.size() - 1); i >= 0; i--) {
            if (lines.get(i).startsWith(GoldenRenderings.HEADER)) return lines.get(i).substring(GoldenRenderings.HEADER.length());
        }
        return "(before the first result)";
    }

    private static String shown(List<String> lines, int i) {
        return i < lines.size() ? "\"" + lines.get(i) + "\"" : "(end of file)";
    }
}
