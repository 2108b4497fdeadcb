package org.gtrace.stdlib.telemetry;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * An engine's jars, looked in before the caller's classpath: Spark brings its own versions of
 * libraries the kernel also holds (RoaringBitmap, Jackson, commons), and must get them. What the
 * engine hands back crosses over as the caller's own types, so the stdlib and Tablesaw always come
 * from the caller; so does SLF4J, whose provider in the kernel and the CLI is the silent one (the
 * engine's log lines would otherwise land in a notebook cell).
 */
final class EngineClassLoader extends URLClassLoader {

    private static final List<String> SHARED = List.of("org.gtrace.stdlib.", "tech.tablesaw.", "org.slf4j.");

    static {
        registerAsParallelCapable();
    }

    EngineClassLoader(String engine, List<URL> jars, ClassLoader caller) {
        super("gtrace-" + engine, jars.toArray(URL[]::new), caller);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) c = platform(name);
            boolean shared = SHARED.stream().anyMatch(name::startsWith);
            if (c == null) c = shared ? from(getParent(), name) : own(name);
            // a caller without SLF4J (a program embedding the stdlib) leaves it to the engine's own
            if (c == null) c = shared ? own(name) : from(getParent(), name);
            if (c == null) throw new ClassNotFoundException(name);
            if (resolve) resolveClass(c);
            return c;
        }
    }

    private static Class<?> platform(String name) {
        return from(ClassLoader.getPlatformClassLoader(), name);
    }

    private static Class<?> from(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private Class<?> own(String name) {
        try {
            return findClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
