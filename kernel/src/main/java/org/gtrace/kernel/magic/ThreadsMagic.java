package org.gtrace.kernel.magic;

import java.util.List;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.java.CellThreads;

/** {@code %threads}: the threads Java cells started and left running; {@code %threads stop} stops them. */
final class ThreadsMagic implements Magic {

    static final long GRACE_MS = 1_000;

    @Override public String name() { return "threads"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "list the threads Java cells left running; %threads stop stops them"; }
    @Override public String help() {
        return "**%threads** — the threads `%%java` cells started that are still running, with their state."
                + " **%threads stop** interrupts them, gives them a second to end, and stops the rest. `%reset` stops them too."
                + " Their output after their cell ends goes to the kernel log, never to a later cell.";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        String arg = call.args().strip();
        if (arg.equals("stop")) {
            int n = CellThreads.stopAll(GRACE_MS);
            out.stdout(n == 0 ? "No thread of a Java cell is running.\n" : "Stopped " + n + (n == 1 ? " thread.\n" : " threads.\n"));
            return;
        }
        if (!arg.isEmpty()) throw CellErrors.simple("UsageError", "%threads takes nothing or 'stop' (got '" + arg + "')");
        List<Thread> threads = CellThreads.running();
        if (threads.isEmpty()) {
            out.stdout("No thread of a Java cell is running.\n");
            return;
        }
        StringBuilder s = new StringBuilder(threads.size() + (threads.size() == 1 ? " thread" : " threads")
                + " started by Java cells (stop them with %threads stop):\n");
        for (Thread t : threads) s.append("  ").append(t.getName()).append("  ").append(t.getState().name().toLowerCase()).append('\n');
        out.stdout(s.toString());
    }
}
