package org.gtrace.kernel.magic;

import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;

/** {@code %seed N}: fixes the Monte Carlo seed, so uncertain results repeat exactly. */
final class SeedMagic implements Magic {

    @Override public String name() { return "seed"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "set the random seed of uncertainty runs (same seed, same p5/p50/p95)"; }
    @Override public String help() { return "**%seed N** — sets the Monte Carlo seed (a whole number); later uncertain results repeat exactly."; }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        String arg = call.args().strip();
        try {
            long seed = Long.parseLong(arg);
            runner.language().seed(seed);
            out.stdout("Seed set to " + seed + ".\n");
        } catch (NumberFormatException e) {
            throw CellErrors.simple("UsageError", "%seed needs a whole number, e.g. %seed 42 (got '" + arg + "')");
        }
    }
}
