package org.gtrace.stdlib.telemetry;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds an {@link Engine} by name the first time a program asks for it. An engine on the classpath
 * (its own module's tests, a job under spark-submit) is used as it is; otherwise its jars are read
 * from a folder into an {@link EngineClassLoader}, so that a kernel or CLI run that never names the
 * engine never loads, opens or even lists them.
 */
public final class Engines {

    private static final Map<String, Engine> FOUND = new ConcurrentHashMap<>();

    private Engines() {}

    /** The engine called {@code name}, or a {@link LoadError} that says how to build it. */
    public static Engine named(String name) {
        return FOUND.computeIfAbsent(name, Engines::find);
    }

    /**
     * The JVM flags the engine needs ({@code NAME-jvm-flags} beside this class, one a line) when its
     * jars are built, else none: a launcher adds them only then, since module flags such as
     * --add-opens turn off part of class-data sharing and so cost every start a little.
     */
    public static List<String> jvmFlags(String name) {
        try {
            jars(name);
        } catch (LoadError notBuilt) {
            return List.of();
        }
        try (java.io.InputStream in = Engines.class.getResourceAsStream(name + "-jvm-flags")) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Engine find(String name) {
        Engine here = among(ServiceLoader.load(Engine.class, Engines.class.getClassLoader()), name);
        if (here != null) return here;
        List<Path> jars = jars(name);
        List<URL> urls = new ArrayList<>();
        for (Path j : jars) {
            try {
                urls.add(j.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);  // a file path is always a URL
            }
        }
        ClassLoader loader = new EngineClassLoader(name, urls, Engines.class.getClassLoader());
        Engine found = among(ServiceLoader.load(Engine.class, loader), name);
        if (found == null) {
            throw new LoadError("no " + name + " engine among the jars in " + folder(name), 0, null, build(name));
        }
        return found;
    }

    private static Engine among(ServiceLoader<Engine> engines, String name) {
        for (Engine e : engines) {
            if (e.name().equals(name)) return e;
        }
        return null;
    }

    /**
     * The engine's jars: every jar in {@code -Dgtrace.NAME.lib}, by default NAME/target/lib under the
     * install (where Maven copies the module's dependencies), and the module's own jar there or beside it.
     */
    static List<Path> jars(String name) {
        Path folder = folder(name);
        List<Path> jars = new ArrayList<>(jarsIn(folder));
        if (folder.getParent() != null) {
            jarsIn(folder.getParent()).stream().filter(j -> j.getFileName().toString().startsWith("gtrace-" + name + "-")).forEach(jars::add);
        }
        if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("gtrace-" + name + "-"))) {
            throw new LoadError("the " + name + " engine is not built: its jars are not in " + folder, 0, null, build(name));
        }
        return jars;
    }

    static Path folder(String name) {
        String given = System.getProperty(property(name));
        return given != null ? Path.of(given) : install().resolve(name).resolve("target").resolve("lib");
    }

    /** The checkout the stdlib was built in: its jar (or classes folder) is stdlib/target/X. */
    private static Path install() {
        try {
            Path built = Path.of(Engines.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            Path up = built.getParent() == null ? null : built.getParent().getParent();
            return up == null || up.getParent() == null ? Path.of(".") : up.getParent();
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of(".");
        }
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".jar") && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String property(String name) {
        return "gtrace." + name + ".lib";
    }

    private static String build(String name) {
        return "build it once from the checkout: mvn -q -B package -pl " + name + " -am -DskipTests (in " + install()
                + "), or point -D" + property(name) + "=FOLDER at a folder holding its jars";
    }
}
