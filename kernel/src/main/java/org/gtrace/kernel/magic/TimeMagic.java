package org.gtrace.kernel.magic;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.Output;

/** {@code %time STATEMENT} and {@code %%time}: run, then print CPU and wall time. */
final class TimeMagic implements Magic {

    @Override public String name() { return "time"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return true; }
    @Override public String summary() { return "run a statement (%time) or the cell (%%time) and print how long it took"; }

    @Override
    public String help() {
        return "**%time STATEMENT**, **%%time** — runs the statement or the rest of the cell, then prints CPU and wall time.";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            if (call.cell()) runner.runCode(call.body(), call.bodyFirstLine(), call.origin(), out);
            else runner.runCode(call.args(), 1, call.origin(), out);
        } finally {
            double wall = (System.nanoTime() - t0) / 1e6;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            out.stdout(String.format("CPU time: %s, Wall time: %s%n", ms(cpu), ms(wall)));
        }
    }

    static String ms(double millis) {
        return millis >= 1000 ? String.format("%.2f s", millis / 1000) : String.format("%.2f ms", millis);
    }
}
