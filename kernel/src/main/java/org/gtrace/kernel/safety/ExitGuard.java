package org.gtrace.kernel.safety;

import java.security.Permission;

/**
 * Keeps a cell from ending the kernel. Java cells run in the kernel's own JVM (JShell local
 * execution), so {@code System.exit} or {@code Runtime.halt} in a cell, or in a thread a cell
 * started, would take the whole session down. While armed, this manager refuses every exit
 * with {@link ExitBlocked}; it permits everything else. It is armed while the kernel serves and
 * released before the kernel's own exit.
 *
 * <p>A SecurityManager is deprecated for removal, but Java 17 has no other way to veto an exit
 * in-process; the JVM prints a deprecation warning on the kernel's log at start (JDK 17 prints it
 * even with {@code -Djava.security.manager=allow}). A cell may not replace or remove it while
 * armed. On a JVM that refuses one (java.security.manager=disallow, the default from Java 18)
 * the kernel runs unguarded and says so in its log; the kernelspec's java is the JDK 17 that
 * installed it.
 */
@SuppressWarnings("removal")
public final class ExitGuard extends SecurityManager {

    private static volatile boolean armed;

    private ExitGuard() {}

    /** Installs the guard (once) and arms it. Returns false when this JVM refuses a security manager. */
    public static synchronized boolean arm() {
        if (!(System.getSecurityManager() instanceof ExitGuard)) {
            try {
                System.setSecurityManager(new ExitGuard());
            } catch (UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        armed = true;
        return true;
    }

    /** Lets the kernel itself exit. */
    public static void release() {
        armed = false;
    }

    @Override
    public void checkExit(int status) {
        if (armed) throw new ExitBlocked(status);
    }

    @Override
    public void checkPermission(Permission perm) {
        // everything but exit, and removing this guard, is allowed: it keeps the kernel alive, it is not a sandbox
        if (armed && perm instanceof RuntimePermission && "setSecurityManager".equals(perm.getName())) {
            throw new SecurityException("System.setSecurityManager was refused: the kernel's guard against System.exit stays while it serves");
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }
}
