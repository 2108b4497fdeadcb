package org.gtrace.kernel.java;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import jdk.jshell.Snippet;

/**
 * Lets go of what JShell keeps of a rejected snippet once its errors are reported. JShell holds
 * every snippet's diagnostics for ever, and a diagnostic holds javac's tree of the whole
 * snippet: 300 rejected cells with a 20,000-element array literal kept 450 MB. Its API has no
 * way to forget a snippet, so this clears the diagnostics field by reflection; it needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the kernelspec passes it) and does
 * nothing where that is missing or the JDK's internals differ.
 */
final class RejectedSnippets {

    private static final Field DIAGNOSTICS;
    private static final Constructor<?> EMPTY;

    static {
        Field f = null;
        Constructor<?> c = null;
        try {
            Field candidate = Snippet.class.getDeclaredField("diagnostics");
            Constructor<?> list = Class.forName("jdk.jshell.DiagList").getDeclaredConstructor();
            candidate.setAccessible(true);
            list.setAccessible(true);
            f = candidate;
            c = list;
        } catch (ReflectiveOperationException | RuntimeException notOpenOrDifferent) {
            f = null;
            c = null;
        }
        DIAGNOSTICS = f;
        EMPTY = c;
    }

    private RejectedSnippets() {}

    /** True when this JVM lets the kernel clear a rejected snippet's diagnostics. */
    static boolean available() {
        return DIAGNOSTICS != null;
    }

    /** Drops a rejected snippet's diagnostics (call after they were read); false if it could not. */
    static boolean forget(Snippet s) {
        if (DIAGNOSTICS == null || s == null) return false;
        try {
            DIAGNOSTICS.set(s, EMPTY.newInstance());
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
