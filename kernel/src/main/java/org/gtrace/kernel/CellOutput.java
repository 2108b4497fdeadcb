package org.gtrace.kernel;

import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.jupyter.IoPub;
import org.gtrace.kernel.jupyter.JupyterProtocol;
import org.gtrace.kernel.jupyter.Outgoing;
import org.gtrace.kernel.jupyter.Request;
import org.gtrace.kernel.safety.OutputLimit;

/**
 * One execution's outputs on IOPub. The result is held back until the cell ends, so that only
 * the last one becomes Out[n] and anything shown after it turns the earlier one into a plain
 * display. What it publishes is kept, so that a progress line can be taken out afterwards: the
 * protocol cannot remove one output, only clear them all and send the rest again.
 */
final class CellOutput implements Output {

    private final IoPub iopub;
    private final JupyterProtocol protocol;
    private final Request parent;
    private final int count;
    private final boolean silent;
    private final OutputLimit limit = OutputLimit.fromEnvironment();
    private Bundle held;
    private volatile String task = "";
    private volatile double fraction = -1;
    private String resultText = "";
    private final java.util.List<Outgoing> sent = new java.util.ArrayList<>();

    CellOutput(IoPub iopub, JupyterProtocol protocol, Request parent, int count) {
        this.iopub = iopub;
        this.protocol = protocol;
        this.parent = parent;
        this.count = count;
        this.silent = parent.silent();
    }

    /** Publishes an output of the cell itself, which a later {@link #withoutProgress} sends again. */
    synchronized void publish(Outgoing o) {
        sent.add(o);
        iopub.publish(o, parent);
    }

    /** Publishes a progress line: shown while the cell runs, never kept. */
    void publishProgress(Outgoing o) {
        iopub.publish(o, parent);
    }

    /** Clears the cell's outputs and sends its own again, which leaves out the progress line. */
    synchronized void withoutProgress() {
        iopub.publish(protocol.clearOutput(false), parent);
        for (Outgoing o : sent) iopub.publish(o, parent);
    }

    @Override
    public synchronized void display(Bundle bundle) {
        flushHeld();
        if (limit.admitWhole(size(bundle))) publish(protocol.displayData(bundle, false));
    }

    @Override
    public synchronized void update(Bundle bundle) {
        if (limit.admitWhole(size(bundle))) publish(protocol.displayData(bundle, true));
    }

    /** The characters a bundle sends: what counts against the cell's output budget. */
    private static long size(Bundle b) {
        long n = 0;
        for (Object v : b.data().values()) n += String.valueOf(v).length();
        return n;
    }

    @Override
    public synchronized void result(Bundle bundle) {
        flushHeld();
        held = bundle;
    }

    @Override
    public void stdout(String text) {
        String shown = limit.admit(text);
        if (!shown.isEmpty()) publish(protocol.stream(false, shown));
    }

    @Override
    public void stderr(String text) {
        String shown = limit.admit(text);
        if (!shown.isEmpty()) publish(protocol.stream(true, shown));
    }

    @Override
    public synchronized void clear(boolean wait) {
        // what a cell clears is gone: only what it shows after is sent again
        sent.clear();
        iopub.publish(protocol.clearOutput(wait), parent);
    }

    @Override
    public void progress(String task, double fraction) {
        this.task = task == null ? "" : task;
        this.fraction = fraction;
    }

    /** "Monte Carlo 45%", or "" before any long work has said how far it is. */
    String progressText() {
        double f = fraction;
        return f < 0 ? "" : task + " " + Math.round(Math.max(0, Math.min(1, f)) * 100) + "%";
    }

    private void flushHeld() {
        if (held != null && limit.admitWhole(size(held))) publish(protocol.displayData(held, false));
        held = null;
    }

    /** Characters this cell output or tried to: a large figure means memory to give back. */
    long attempted() {
        return limit.attempted();
    }

    /** Publishes the held result as Out[count]; returns its text for the history. */
    synchronized String finish(boolean failed) {
        Bundle result = held != null && !failed && !silent && limit.admitWhole(size(held)) ? held : null;
        if (held != null && failed) flushHeld();
        held = null;
        String note = limit.note();
        if (note != null) publish(protocol.stream(true, note));
        if (result != null) {
            publish(protocol.executeResult(count, result));
            resultText = result.plain();
        }
        return resultText;
    }
}
