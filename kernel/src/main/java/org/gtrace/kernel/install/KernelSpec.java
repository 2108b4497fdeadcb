package org.gtrace.kernel.install;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code gtrace} kernelspec: kernel.json (the java command, its flags and classpath,
 * {@code interrupt_mode: message}) and two logos. Written into a temporary folder beside the
 * target and moved into place, so Jupyter never sees a half-written spec.
 */
public final class KernelSpec {

    public static final String NAME = "gtrace";
    /** Flags measured to start the kernel fastest and smallest (see bench/kernel-latency.py). */
    public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-Xss1m", "-XX:CICompilerCount=1", "-Djava.awt.headless=true");

    private final String java;
    private final List<String> classpath;

    public KernelSpec(String java, List<String> classpath) {
        this.java = java;
        this.classpath = List.copyOf(classpath);
    }

    /** The java running this process and its classpath, made absolute. */
    public static KernelSpec ofThisJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isBlank()) cp.add(Path.of(e).toAbsolutePath().normalize().toString());
        }
        return new KernelSpec(java, cp);
    }

    public String kernelJson() {
        JsonObject o = new JsonObject();
        JsonArray argv = new JsonArray();
        argv.add(java);
        JVM_FLAGS.forEach(argv::add);
        argv.add("-cp");
        argv.add(String.join(File.pathSeparator, classpath));
        argv.add("org.gtrace.kernel.cli.Main");
        argv.add("kernel");
        argv.add("{connection_file}");
        o.add("argv", argv);
        o.addProperty("display_name", "G-TRACE");
        o.addProperty("language", "gtrace");
        o.addProperty("interrupt_mode", "message");
        o.add("env", new JsonObject());
        JsonObject meta = new JsonObject();
        meta.addProperty("file_extension", ".gtrace");
        meta.addProperty("debugger", false);
        o.add("metadata", meta);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    /** Writes {@code kernelsDir/gtrace}, replacing any earlier spec there; returns its path. */
    public Path install(Path kernelsDir) throws IOException {
        Files.createDirectories(kernelsDir);
        Path target = kernelsDir.resolve(NAME);
        Path tmp = Files.createTempDirectory(kernelsDir, "." + NAME + "-");
        try {
            Files.writeString(tmp.resolve("kernel.json"), kernelJson(), StandardCharsets.UTF_8);
            Files.write(tmp.resolve("logo-32x32.png"), Logo.png(32));
            Files.write(tmp.resolve("logo-64x64.png"), Logo.png(64));
            Path old = null;
            if (Files.exists(target)) {
                old = kernelsDir.resolve("." + NAME + "-old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) deleteTree(old);
            return target;
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
