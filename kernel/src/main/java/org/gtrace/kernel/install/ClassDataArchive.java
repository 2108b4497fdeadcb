package org.gtrace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's class-data-sharing archive: the classes a kernel start loads, dumped by a
 * rehearsal start (JDK 17's ArchiveClassesAtExit). It cuts the JVM's part of a cold start, and
 * is optional: without it the kernel starts, only slower. A JVM given a truncated archive dies
 * of SIGBUS before it can fall back, so an archive is kept only when a trial start with
 * {@code -Xshare:on} maps it, and the launcher checks it again at every start
 * ({@link KernelLauncherScript}).
 */
final class ClassDataArchive {

    /** What building it gave: the archive, or why there is none. */
    record Outcome(boolean written, String why) {
        static Outcome ok() {
            return new Outcome(true, "");
        }

        static Outcome none(String why) {
            return new Outcome(false, why);
        }
    }

    private final String java;
    private final List<String> flags;
    private final String classpath;

    ClassDataArchive(String java, List<String> flags, String classpath) {
        this.java = java;
        this.flags = List.copyOf(flags);
        this.classpath = classpath;
    }

    /** Writes the archive to {@code file}, or leaves no file there and says why. */
    Outcome build(Path file) {
        List<String> dump = command("-XX:ArchiveClassesAtExit=" + file);
        dump.addAll(List.of("org.gtrace.kernel.cli.Main", "kernel", "--rehearse"));
        Optional<String> failed = run(dump, 120);
        if (failed.isEmpty() && !Files.isRegularFile(file)) failed = Optional.of("the JVM wrote no archive");
        if (failed.isEmpty()) {
            List<String> trial = command("-XX:SharedArchiveFile=" + file);
            trial.add(1, "-Xshare:on");
            trial.addAll(List.of("org.gtrace.kernel.cli.Main", "--version"));
            failed = run(trial, 60).map(why -> "it did not pass a trial start (" + why + ")");
        }
        if (failed.isEmpty()) return Outcome.ok();
        deleteQuietly(file);
        return Outcome.none(failed.get() + lowSpace(file.getParent()));
    }

    private List<String> command(String archiveFlag) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(flags);
        // a JVM that crashes on a bad archive writes its report here, not in the user's folder
        cmd.add("-XX:ErrorFile=" + System.getProperty("java.io.tmpdir") + "/gtrace-archive-hs_err_pid%p.log");
        cmd.add(archiveFlag);
        cmd.addAll(List.of("-cp", classpath));
        return cmd;
    }

    /** Runs a JVM to its end; empty when it exited 0, else what went wrong. */
    private static Optional<String> run(List<String> cmd, int seconds) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("the JVM took more than " + seconds + " s");
            }
            return p.exitValue() == 0 ? Optional.empty() : Optional.of("the JVM exited with status " + p.exitValue());
        } catch (IOException e) {
            return Optional.of("the JVM could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the install was interrupted");
        }
    }

    /** A full disk is the usual cause of a failed dump; say so when it is the case. */
    private static String lowSpace(Path folder) {
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            return free < 64L << 20 ? "; the disk has " + (free >> 10) + " KB free, and the archive needs about 15 MB" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover is caught by the launcher's checks
        }
    }
}
