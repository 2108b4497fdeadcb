package org.gtrace.kernel.safety;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Ends the kernel when the clients that pinged its heartbeat have all gone quiet for a set time.
 * Off unless {@value #VARIABLE} gives the seconds: a notebook server does not ping the heartbeat
 * (it watches the process), so a notebook whose tab is closed, or one a console attached to and
 * left, has a silent heartbeat and must keep its kernel. The timeout is for kernels whose parent
 * is not their client, such as kernels started by a gateway on another machine, where the parent
 * watch cannot see the client leave. A kernel no client has ever pinged is never ended by it.
 */
public final class HeartbeatWatch {

    public static final String VARIABLE = "GTRACE_HEARTBEAT_TIMEOUT_SECONDS";

    private HeartbeatWatch() {}

    /** The timeout {@code value} asks for (whole seconds, at least 1), empty when unset or blank. */
    public static Optional<Duration> timeout(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VARIABLE + "='" + value + "' is not a whole number of seconds");
        }
        if (seconds < 1) throw new IllegalArgumentException(VARIABLE + "=" + seconds + " must be at least 1 second");
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /**
     * Checks every second on a daemon thread; calls {@code onGone} once, with a sentence for the
     * log, when {@code silence} (empty before the first ping) has reached {@code timeout}.
     */
    public static void start(Duration timeout, Supplier<Optional<Duration>> silence, Consumer<String> onGone) {
        EverySecond.watch("gtrace-heartbeat-watch", () -> silence.get().filter(quiet -> quiet.compareTo(timeout) >= 0)
                .map(quiet -> "no heartbeat ping for " + quiet.toSeconds() + " s (" + VARIABLE + "=" + timeout.toSeconds()
                        + "): the clients have gone; shutting down"), onGone);
    }
}
