package org.gtrace.grammar.bind;

import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Values;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.training.TrainingRun;

/** A declared training run (or a scenario of one) → the core's fluent {@link TrainingRun}. */
final class TrainingBuilder {

    private TrainingBuilder() {}

    static TrainingRun build(Declared d, RunContext ctx) {
        TrainingRun t = TrainingRun.named(d.name()).regions(UserRegions.table(ctx));
        Properties p = d.effective();
        if (p.has("accelerator")) t.accelerator(p.word("accelerator"));
        if (p.has("count")) t.count(p.amount("count", Field.ACCELERATOR_COUNT));
        if (p.has("duration")) t.duration(p.amount("duration", Field.DURATION));
        if (p.has("accelerator_hours")) t.acceleratorHours(p.amount("accelerator_hours", Field.ACCELERATOR_HOURS));
        if (p.has("power")) t.power(p.amount("power", Field.POWER));
        if (p.has("utilisation")) t.utilisation(p.amount("utilisation", Field.UTILISATION));
        if (p.has("energy")) t.reportedEnergy(p.amount("energy", Field.REPORTED_ENERGY));
        if (p.has("pue")) t.pue(p.amount("pue", Field.PUE));
        if (p.has("wue")) t.wueOnsite(p.amount("wue", Field.WUE_ONSITE));
        if (p.has("water_offsite")) t.wueOffsite(p.amount("water_offsite", Field.WUE_OFFSITE));
        Object region = p.has("region") ? p.get("region") : ctx.settings().get("region").orElse(null);
        if (region != null) t.region(Values.word(region));
        if (p.has("intensity")) {
            t.intensity(p.amount("intensity", Field.INTENSITY), p.has("basis") ? p.basis("basis") : null);
        }
        Object basis = p.has("basis") ? p.get("basis") : ctx.settings().get("basis").orElse(null);
        if (basis != null && !p.has("intensity")) t.basis(Values.basis(basis));
        boolean hardware = p.has("embodied") || p.has("server_embodied");
        if (hardware && !p.has("lifetime")) {
            throw new InputError(Field.LIFETIME, "embodied emissions are shared over the hardware's lifetime, which is not given",
                    "add lifetime 5 years (the years the hardware is in use)");
        }
        if (!hardware && p.has("lifetime")) {
            throw new InputError(Field.EMBODIED, "a lifetime shares embodied emissions, and none are given",
                    "add embodied 150 kg (per accelerator) or server_embodied 2500 kg, or remove lifetime");
        }
        if (p.has("embodied")) t.embodied(p.amount("embodied", Field.EMBODIED), p.amount("lifetime", Field.LIFETIME));
        if (p.has("server_embodied")) {
            t.serverEmbodied(p.amount("server_embodied", Field.SERVER_EMBODIED), p.has("accelerators_per_server")
                    ? p.amount("accelerators_per_server", Field.ACCELERATORS_PER_SERVER) : null, p.amount("lifetime", Field.LIFETIME));
        }
        if (p.has("idle_energy")) t.idleEnergy(p.amount("idle_energy", Field.IDLE_ENERGY));
        return t;
    }
}
