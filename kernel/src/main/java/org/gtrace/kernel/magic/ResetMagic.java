package org.gtrace.kernel.magic;

import org.gtrace.kernel.cell.Output;

/** {@code %reset}: forgets every name, in the DSL and in Java cells. */
final class ResetMagic implements Magic {

    @Override public String name() { return "reset"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "forget every name defined in this session (DSL and Java), stop Java cells' threads"; }
    @Override public String help() { return "**%reset** — clears the session: every declaration, binding and Java variable, and stops the threads Java cells left running."; }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) {
        int n = runner.language().names().size();
        runner.language().reset();
        runner.java().reset();
        int threads = org.gtrace.kernel.java.CellThreads.stopAll(ThreadsMagic.GRACE_MS);
        out.stdout("Session cleared (" + n + (n == 1 ? " name" : " names") + " removed"
                + (threads == 0 ? "" : "; " + threads + (threads == 1 ? " thread" : " threads") + " of Java cells stopped") + ").\n");
    }
}
