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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code gtrace} kernelspec: kernel.json (the java command, its flags and classpath,
 * {@code interrupt_mode: message}), the logo as two PNGs and an SVG, and the classic Notebook's
 * {@code kernel.js}. Written into a temporary folder beside the
 * target and moved into place, so Jupyter never sees a half-written spec.
 */
public final class KernelSpec {

    public static final String NAME = "gtrace";
    static final String ARCHIVE = "gtrace.jsa";
    /** Flags measured to start the kernel fastest and smallest (see bench/kernel-latency.py). */
    public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-Xss1m", "-XX:CICompilerCount=1", "-Djava.awt.headless=true",
            // lets the kernel free what JShell keeps of rejected snippets (RejectedSnippets)
            "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED");

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
            if (e.isBlank()) continue;
            Path p = Path.of(e).toAbsolutePath().normalize();
            String entry = (Files.isDirectory(p) ? packagedJar(p) : p).toString();
            if (!cp.contains(entry)) cp.add(entry);
        }
        return new KernelSpec(java, cp);
    }

    /**
     * The jar Maven packaged from a {@code target/classes} folder, when there is one: class-data
     * sharing only archives classes from jars. Otherwise the folder itself.
     */
    static Path packagedJar(Path classesDir) {
        Path target = classesDir.getParent();
        if (target == null || !classesDir.getFileName().toString().equals("classes")) return classesDir;
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(f -> f.toString().endsWith(".jar") && !f.toString().endsWith("-sources.jar")
                            && !f.toString().endsWith("-javadoc.jar"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .filter(jar -> jar.toFile().lastModified() >= newestClass(classesDir))
                    .orElse(classesDir);
        } catch (IOException e) {
            return classesDir;
        }
    }

    private static long newestClass(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    public String kernelJson() {
        return kernelJson(null);
    }

    /** kernel.json; {@code archive}, when given, is a class-data-sharing archive for faster start. */
    public String kernelJson(Path archive) {
        JsonObject o = new JsonObject();
        JsonArray argv = new JsonArray();
        argv.add(java);
        JVM_FLAGS.forEach(argv::add);
        if (archive != null) argv.add("-XX:SharedArchiveFile=" + archive);
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
        Path target = kernelsDir.resolve(NAME);
        return writeWhole(kernelsDir, NAME, tmp -> {
            boolean archived = archive(tmp.resolve(ARCHIVE));
            Files.writeString(tmp.resolve("kernel.json"), kernelJson(archived ? target.resolve(ARCHIVE) : null), StandardCharsets.UTF_8);
            Files.write(tmp.resolve("logo-32x32.png"), Logo.png(32));
            Files.write(tmp.resolve("logo-64x64.png"), Logo.png(64));
            Files.writeString(tmp.resolve("logo-svg.svg"), Logo.svg(), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve("kernel.js"), ClassicMode.kernelJs(), StandardCharsets.UTF_8);
        });
    }

    /** What goes into a folder before it is moved into place. */
    private interface Contents {
        void write(Path folder) throws IOException;
    }

    /**
     * Writes {@code dir/name} whole: into a temporary folder beside it, readable by every Jupyter
     * user, then moved over the old one, after clearing what killed installs left there.
     */
    private static Path writeWhole(Path dir, String name, Contents contents) throws IOException {
        Files.createDirectories(dir);
        removeStale(dir, name);
        Path tmp = Files.createTempDirectory(dir, "." + name + "-");
        readableByAll(tmp);
        try {
            contents.write(tmp);
            return replace(dir.resolve(name), tmp);
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
    }

    /**
     * Writes a class-data-sharing archive of the classes a kernel start loads (JDK 17's
     * ArchiveClassesAtExit, from a rehearsal start): it cuts the JVM's part of a cold start.
     * Optional: without it the kernel starts, only slower.
     */
    boolean archive(Path file) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + file, "-cp", String.join(File.pathSeparator, classpath),
                "org.gtrace.kernel.cli.Main", "kernel", "--rehearse"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly();
            return done && p.exitValue() == 0 && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Temporary folders are private; a kernelspec must be readable by every Jupyter user. */
    private static void readableByAll(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /**
     * Copies a built lab extension into {@code dataDir/labextensions/<its name>}, through a
     * temporary folder beside it, so JupyterLab never loads half of one; returns where it went.
     */
    public static Path installLabExtension(Path built, Path dataDir) throws IOException {
        String name = com.google.gson.JsonParser.parseString(Files.readString(built.resolve("package.json")))
                .getAsJsonObject().get("name").getAsString();
        return writeWhole(dataDir.resolve("labextensions"), name, tmp -> {
            try (Stream<Path> s = Files.walk(built)) {
                for (Path from : s.toList()) {
                    Path to = tmp.resolve(built.relativize(from).toString());
                    if (Files.isDirectory(from)) Files.createDirectories(to);
                    else Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        });
    }

    /** How old a temporary folder of an install must be before a later install takes it for debris. */
    static final Duration STALE = Duration.ofMinutes(15);

    /**
     * Deletes the hidden {@code .NAME-…} folders an install killed midway left beside {@code NAME}
     * (up to 13 MB each). One younger than {@link #STALE} may be another install at work, and stays.
     */
    static void removeStale(Path dir, String name) throws IOException {
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith("." + name + "-") && Files.isDirectory(p) && Files.getLastModifiedTime(p).toMillis() < before) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Puts {@code fresh} where {@code target} was, moving the old one aside first, so no reader sees half of either. */
    private static Path replace(Path target, Path fresh) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + "-old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
        return target;
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
