package org.gtrace.kernel;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.jupyter.JupyterProtocol;

/**
 * Shows that a cell is still working once it has run for a second, and keeps that one line
 * up to date with update_display_data (elapsed time, how to stop it) until the cell ends. Then
 * it takes the line out, whether the cell finished, failed, was interrupted or its kernel is
 * shutting down, so that no saved notebook keeps a progress line or an empty output in its place.
 */
final class Progress {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gtrace-progress");
        t.setDaemon(true);
        return t;
    });

    /** Output metadata that marks a progress line (lab-extension/src/progress.ts reads it). */
    static final String PROGRESS = "gtrace/progress";

    private final CellOutput out;
    private final JupyterProtocol protocol;
    private final String displayId;
    private final long started = System.nanoTime();
    private ScheduledFuture<?> ticks;
    private boolean shown;
    private boolean done;

    Progress(CellOutput out, JupyterProtocol protocol, int count) {
        this.out = out;
        this.protocol = protocol;
        this.displayId = "gtrace-progress-" + count + "-" + Long.toHexString(started);
    }

    /** How long a cell runs before its progress line appears: 1 s, or GTRACE_PROGRESS_AFTER_MS. */
    static final long AFTER_MS = afterMillis(System.getenv("GTRACE_PROGRESS_AFTER_MS"));

    static long afterMillis(String setting) {
        try {
            return setting == null ? 1000 : Math.max(0, Long.parseLong(setting.strip()));
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    void start() {
        ticks = TIMER.scheduleAtFixedRate(this::tick, AFTER_MS, 500, TimeUnit.MILLISECONDS);
    }

    private synchronized void tick() {
        if (done) return;
        String done = out.progressText();
        String text = String.format("⏳ %s%.1f s (interrupt the kernel to stop; the session keeps its state)",
                done.isEmpty() ? "running… " : done + " · ", seconds());
        out.publishProgress(protocol.displayData(bundle(text), shown));
        shown = true;
    }

    /** Takes the progress line out; does nothing the second time (a shutdown and the cell's end may both call it). */
    synchronized void stop() {
        if (done) return;
        done = true;
        if (ticks != null) ticks.cancel(false);
        if (shown) out.withoutProgress();
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private Bundle bundle(String text) {
        // the mark the lab extension looks for, to take the line out when a restart cancels the cell
        return new Bundle(Map.of("text/plain", text), Map.of(PROGRESS, true), displayId);
    }
}
