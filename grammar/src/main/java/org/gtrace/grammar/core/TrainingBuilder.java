package org.gtrace.grammar.core;

import java.util.Map;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.training.TrainingRun;

/** A declared training run (or a scenario of one) → the core's fluent {@link TrainingRun}. */
final class TrainingBuilder {

    private TrainingBuilder() {}

    static TrainingRun build(Declared d, RunContext ctx) {
        TrainingRun t = TrainingRun.named(d.name()).regions(UserRegions.table(ctx));
        Map<String, Object> p = d.effective();
        if (p.containsKey("accelerator")) t.accelerator(Values.word(p.get("accelerator")));
        if (p.containsKey("count")) t.count(Values.quantity(p.get("count"), "count"));
        if (p.containsKey("duration")) t.duration(Values.quantity(p.get("duration"), "duration"));
        if (p.containsKey("accelerator_hours")) t.acceleratorHours(Values.quantity(p.get("accelerator_hours"), "accelerator_hours"));
        if (p.containsKey("power")) t.power(Values.quantity(p.get("power"), "power"));
        if (p.containsKey("utilisation")) t.utilisation(Values.quantity(p.get("utilisation"), "utilisation"));
        if (p.containsKey("energy")) t.reportedEnergy(Values.quantity(p.get("energy"), "energy"));
        if (p.containsKey("pue")) t.pue(Values.quantity(p.get("pue"), "pue"));
        Object region = p.containsKey("region") ? p.get("region") : ctx.settings().get("region").orElse(null);
        if (region != null) t.region(Values.word(region));
        if (p.containsKey("intensity")) {
            var i = Values.quantity(p.get("intensity"), "intensity");
            if (p.containsKey("basis")) t.intensity(i, Values.basis(p.get("basis")));
            else t.intensity(i);
        }
        Object basis = p.containsKey("basis") ? p.get("basis") : ctx.settings().get("basis").orElse(null);
        if (basis != null && !p.containsKey("intensity")) t.basis(Values.basis(basis));
        if (p.containsKey("embodied") != p.containsKey("lifetime")) {
            throw new InputError(p.containsKey("embodied") ? "lifetime" : "embodied",
                    "embodied emissions need both embodied and lifetime", "add embodied 150 kg and lifetime 5 years");
        }
        if (p.containsKey("embodied")) {
            t.embodied(Values.quantity(p.get("embodied"), "embodied"), Values.quantity(p.get("lifetime"), "lifetime"));
        }
        return t;
    }
}
