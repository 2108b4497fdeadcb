package org.gtrace.stdlib.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which build of G-TRACE computed a figure: the project version (from the build) and the git
 * commit of the checkout it runs from, read from {@code .git} beside the code. A copy installed
 * away from a checkout says "unknown" rather than guessing.
 */
public record ToolBuild(String version, String commit) {

    public static final String UNKNOWN = "unknown";

    private static final class Holder {
        static final ToolBuild CURRENT = new ToolBuild(projectVersion(), commit(codeLocation()));
    }

    public static ToolBuild current() {
        return Holder.CURRENT;
    }

    private static String projectVersion() {
        try (InputStream in = ToolBuild.class.getResourceAsStream("build.properties")) {
            if (in == null) return UNKNOWN;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", UNKNOWN);
            return v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private static Path codeLocation() {
        try {
            return Path.of(ToolBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    /** The commit HEAD names in the nearest enclosing checkout of {@code from}, or {@link #UNKNOWN}. */
    static String commit(Path from) {
        for (Path dir = from == null ? null : from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) return head(git);
        }
        return UNKNOWN;
    }

    private static String head(Path git) {
        try {
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            if (!head.startsWith("ref: ")) return head;
            String ref = head.substring(5);
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) return Files.readString(loose, StandardCharsets.UTF_8).strip();
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    if (line.endsWith(" " + ref)) return line.substring(0, line.indexOf(' '));
                }
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
