package org.gtrace.kernel.safety;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The timer the kernel's watches share: a check every second on a daemon thread, until it finds a reason to end. */
final class EverySecond {

    private static final long PERIOD_MS = 1000;

    private EverySecond() {}

    /** Runs {@code check} every second; the first time it gives a reason, stops and hands it to {@code onGone}. */
    static void watch(String thread, Supplier<Optional<String>> check, Consumer<String> onGone) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> check.get().ifPresent(why -> {
            timer.shutdown();
            onGone.accept(why);
        }), PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }
}
