package org.gtrace.kernel.install;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gtrace.stdlib.io.AtomicFile;
import org.gtrace.stdlib.io.WriteError;

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
            // a 16 MB young generation: the default (a third of a heap sized from the machine's RAM)
            // let every page of a large eden become resident; RSS after 1,000 cells 180 -> 96 MB,
            // cold start and round trip unchanged (bench/kernel-latency.py --jvm-flags=-Xmn16m)
            "-Xmn16m",
            // lets the kernel free what JShell keeps of rejected snippets (RejectedSnippets)
            "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED");

    private final String java;
    private final List<String> classpath;

    /** {@link #JVM_FLAGS}, and the spark engine's --add-opens once it is built (set engine spark needs them; no one else pays for them). */
    static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>(JVM_FLAGS);
        flags.addAll(org.gtrace.stdlib.telemetry.Engines.jvmFlags("spark"));
        return flags;
    }

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
                            && !f.toString().endsWith("-javadoc.jar") && !f.toString().endsWith("-tests.jar"))
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

    /** kernel.json starting java directly: the spec without a class-data archive. */
    public String kernelJson() {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(jvmFlags());
        argv.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), "org.gtrace.kernel.cli.Main", "kernel", "{connection_file}"));
        return kernelJson(argv);
    }

    /** kernel.json whose argv is {@code argv}: the launcher script's, when there is an archive to check. */
    String kernelJson(List<String> argv) {
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        argv.forEach(a::add);
        o.add("argv", a);
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

    /** What an install wrote and what it left out, with why: {@code gtrace install} prints it as is. */
    public record Installed(Path dir, List<String> written, List<String> leftOut) {
        public Installed {
            written = List.copyOf(written);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * Writes {@code kernelsDir/gtrace}, replacing any earlier spec there. Throws
     * {@link WriteError} when the spec cannot be written at all (the old one is then kept); an
     * optional file it could not make (the class-data archive) is left out and said so.
     */
    public Installed install(Path kernelsDir) {
        Path target = kernelsDir.resolve(NAME);
        List<String> written = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        writeWhole(kernelsDir, NAME, tmp -> {
            Path archive = tmp.resolve(ARCHIVE);
            ClassDataArchive.Outcome made = new ClassDataArchive(java, jvmFlags(), String.join(File.pathSeparator, classpath)).build(archive);
            String json;
            if (made.written()) {
                String script = KernelLauncherScript.of(java, jvmFlags(), archive, target.resolve(ARCHIVE), classpath);
                AtomicFile.write(tmp.resolve(KernelLauncherScript.NAME), script, false);
                executable(tmp.resolve(KernelLauncherScript.NAME));
                json = kernelJson(List.of("/bin/sh", target.resolve(KernelLauncherScript.NAME).toString(), "{connection_file}"));
                written.add(ARCHIVE + " (class-data archive, " + (Files.size(archive) >> 20) + " MB: a faster start)");
                written.add(KernelLauncherScript.NAME + " (starts the kernel, using the archive only while it is whole)");
            } else {
                json = kernelJson();
                leftOut.add(ARCHIVE + " (class-data archive): " + made.why() + "; the kernel starts without it, a little slower");
            }
            AtomicFile.write(tmp.resolve("kernel.json"), json, false);
            AtomicFile.write(tmp.resolve("logo-32x32.png"), Logo.png(32), false);
            AtomicFile.write(tmp.resolve("logo-64x64.png"), Logo.png(64), false);
            AtomicFile.write(tmp.resolve("logo-svg.svg"), Logo.svg(), false);
            AtomicFile.write(tmp.resolve("kernel.js"), ClassicMode.kernelJs(), false);
            written.addAll(0, List.of("kernel.json", "logo-32x32.png", "logo-64x64.png", "logo-svg.svg", "kernel.js (classic Notebook)"));
        });
        return new Installed(target, written, leftOut);
    }

    private static void executable(Path script) throws IOException {
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: kernel.json runs it through /bin/sh anyway
        }
    }

    /** What goes into a folder before it is moved into place. */
    private interface Contents {
        void write(Path folder) throws IOException;
    }

    /**
     * Writes {@code dir/name} whole: into a temporary folder beside it, readable by every Jupyter
     * user, then moved over the old one, after clearing what killed installs left there. The
     * temporary folder's lock file is held throughout, so a later install can tell a killed
     * install's folder (its lock is free) from one at work.
     */
    private static Path writeWhole(Path dir, String name, Contents contents) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeStale(dir, name);
            tmp = Files.createTempDirectory(dir, "." + name + "-");
            readableByAll(tmp);
            Path lockFile = tmp.resolve(LOCK);
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 FileLock held = ch.lock()) {
                contents.write(tmp);
                Files.delete(lockFile);
                Path done = replace(dir.resolve(name), tmp);
                tmp = null;
                return done;
            }
        } catch (IOException e) {
            throw AtomicFile.reason(failedPath(e, dir.resolve(name)), e);
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
    }

    /** The path to name for an operating-system error: the spec being written, or a folder above it that stood in the way. */
    private static Path failedPath(IOException e, Path spec) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            Path failed = Path.of(f.getFile()).toAbsolutePath();
            if (!failed.startsWith(spec.toAbsolutePath().getParent())) return failed;
        }
        return spec;
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException e) {
            // its lock is free now, so the next install removes it
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
        String name = JsonParser.parseString(Files.readString(built.resolve("package.json")))
                .getAsJsonObject().get("name").getAsString();
        return writeWhole(dataDir.resolve("labextensions"), name, tmp -> {
            try (Stream<Path> s = Files.walk(built)) {
                for (Path from : s.toList()) {
                    Path to = tmp.resolve(built.relativize(from).toString());
                    if (Files.isDirectory(from)) Files.createDirectories(to);
                    else AtomicFile.write(to, Files.readAllBytes(from), true);
                }
            }
        });
    }

    /** The file a temporary folder's install holds locked while it works. */
    static final String LOCK = ".install.lock";

    /** How long a temporary folder without a lock file must have been left before it is taken for debris (made, then killed before its lock). */
    static final Duration STALE = Duration.ofMinutes(1);

    /**
     * Deletes the hidden {@code .NAME-…} folders killed installs left beside {@code NAME} (up to
     * 13 MB each): those whose lock no live install holds, and those without one left for
     * {@link #STALE}. An install at work holds its lock, and its folder stays.
     */
    static void removeStale(Path dir, String name) throws IOException {
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith("." + name + "-") && Files.isDirectory(p) && abandoned(p, before)) deleteTree(p);
            }
        }
    }

    private static boolean abandoned(Path folder, long before) throws IOException {
        Path lock = folder.resolve(LOCK);
        if (!Files.exists(lock)) return Files.getLastModifiedTime(folder).toMillis() < before;
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock free = ch.tryLock()) {
            return free != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false;
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
