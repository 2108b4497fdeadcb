package org.gtrace.kernel.install;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The shell script a kernelspec with a class-data archive starts the kernel through. A JVM given
 * a truncated archive dies of SIGBUS before it can fall back (and {@code -Xshare:auto} does not
 * help), so the script checks the archive first: its size and first bytes are the ones install
 * wrote, and neither java nor the kernel's jars have changed since. Otherwise it starts the
 * kernel without the archive and says why in one line of the kernel log. The checks cost a few
 * small processes: 9.5 ms with the shell itself, against 1.2 ms for a bare shell (100 starts
 * here), in a kernel start of about 400 ms.
 */
final class KernelLauncherScript {

    static final String NAME = "kernel.sh";
    private static final int HEADER_BYTES = 64;

    private KernelLauncherScript() {}

    /**
     * The script for a kernel started by {@code java} with {@code flags} and {@code classpath}, and
     * the archive {@code built}, which will be at {@code installedAt}.
     */
    static String of(String java, List<String> flags, Path built, Path installedAt, List<String> classpath) throws IOException {
        String separator = File.pathSeparator;
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n")
         .append("# Starts the G-TRACE kernel; written by gtrace install. The class-data archive is used only when it\n")
         .append("# is the one install wrote and java and the jars are unchanged: a JVM given a damaged one can crash.\n")
         .append("archive=").append(quote(installedAt.toString())).append('\n')
         .append("connection=\"$1\"\n")
         .append("why=\n")
         .append("if [ ! -f \"$archive\" ]; then\n")
         .append("  why='it is missing'\n")
         .append("elif [ \"$(wc -c < \"$archive\" | tr -d ' ')\" != ").append(Files.size(built)).append(" ]; then\n")
         .append("  why=\"it is $(wc -c < \"$archive\" | tr -d ' ') bytes, not the ").append(Files.size(built))
         .append(" install wrote (truncated or damaged)\"\n")
         .append("elif [ \"$(od -An -tx1 -N").append(HEADER_BYTES).append(" \"$archive\" | tr -d ' \\n')\" != ").append(quote(header(built)))
         .append(" ]; then\n")
         .append("  why='its first bytes are not the ones install wrote (damaged or replaced)'\n");
        Optional<Path> jvm = jvmLibrary(java);
        if (jvm.isPresent()) {
            s.append("elif [ \"$(wc -c < ").append(quote(jvm.get().toString())).append(" | tr -d ' ')\" != ").append(Files.size(jvm.get()))
             .append(" ]; then\n")
             .append("  why='java has been updated since install, and an archive is made for one build of java'\n");
        }
        List<String> jars = classpath.stream().flatMap(e -> Arrays.stream(e.split(separator))).filter(e -> e.endsWith(".jar")).toList();
        if (!jars.isEmpty()) {
            s.append("elif [ -n \"$(find");
            for (String jar : jars) s.append(' ').append(quote(jar));
            s.append(" -newer \"$archive\" 2>/dev/null)\" ]; then\n")
             .append("  why='a jar of the kernel is newer than the archive'\n");
        }
        s.append("fi\n")
         .append("if [ -z \"$why\" ]; then\n")
         .append("  set -- \"-XX:SharedArchiveFile=$archive\"\n")
         .append("else\n")
         .append("  echo \"[gtrace $(date +%H:%M:%S)] the class-data archive $archive is not used: $why;")
         .append(" the kernel starts without it, a little slower (gtrace install --force rebuilds it)\" >&2\n")
         .append("  set --\n")
         .append("fi\n")
         .append("exec ").append(quote(java));
        for (String f : flags) s.append(' ').append(quote(f));
        s.append(" \"$@\" -cp ").append(quote(String.join(separator, classpath)))
         .append(" org.gtrace.kernel.cli.Main kernel \"$connection\"\n");
        return s.toString();
    }

    /** The shared library that is the JVM: when java is updated, it changes. */
    static Optional<Path> jvmLibrary(String java) {
        Path home = Path.of(java).toAbsolutePath().getParent();
        if (home == null || home.getParent() == null) return Optional.empty();
        for (String lib : new String[] {"lib/server/libjvm.so", "lib/server/libjvm.dylib"}) {
            Path p = home.getParent().resolve(lib);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The archive's first bytes as {@code od -An -tx1} prints them, spaces and newlines taken out. */
    static String header(Path archive) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            return HexFormat.of().formatHex(in.readNBytes(HEADER_BYTES));
        }
    }

    /** A word for sh, in single quotes. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
