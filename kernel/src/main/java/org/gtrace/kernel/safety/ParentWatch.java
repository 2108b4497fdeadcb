package org.gtrace.kernel.safety;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ends the kernel when the process that started it has gone. A notebook server or a console
 * that is killed, or that exits before its shutdown request is delivered, would otherwise leave
 * the kernel running with nobody to stop it, holding memory and the pipes its parent gave it
 * (a caller waiting for those pipes to close then waits forever). ipykernel watches its parent
 * the same way.
 *
 * <p>The parent is the process named by JPY_PARENT_PID, which jupyter_client sets to itself
 * (a wrapper script may stand between), else the direct parent. A kernel whose parent is init at
 * start (a daemon, a container's entry point) is not watched: there is nothing to outlive.
 */
public final class ParentWatch {

    private ParentWatch() {}

    /**
     * Checks the parent every second on a daemon thread and calls {@code onGone} once, with a
     * sentence for the log, when it has ended. Returns the pid watched, or empty when none is.
     */
    public static Optional<Long> start(Consumer<String> onGone) {
        Optional<ProcessHandle> parent = parent(System.getenv("JPY_PARENT_PID"));
        if (parent.isEmpty()) return Optional.empty();
        ProcessHandle p = parent.get();
        EverySecond.watch("gtrace-parent-watch", () -> p.isAlive() ? Optional.empty()
                : Optional.of("the process that started the kernel (pid " + p.pid() + ") has ended: shutting down"), onGone);
        return Optional.of(p.pid());
    }

    /** The process to outlive no longer than: JPY_PARENT_PID when it names a live process other than init, else the direct parent. */
    static Optional<ProcessHandle> parent(String jpyParentPid) {
        Optional<ProcessHandle> named = Optional.empty();
        if (jpyParentPid != null) {
            try {
                named = ProcessHandle.of(Long.parseLong(jpyParentPid.strip()));
            } catch (NumberFormatException e) {
                named = Optional.empty();
            }
        }
        // a ProcessHandle knows its process's start time, so a recycled pid does not pass for the parent
        return named.or(() -> ProcessHandle.current().parent())
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.pid() > 1);
    }
}
