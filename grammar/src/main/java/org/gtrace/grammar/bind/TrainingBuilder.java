package org.gtrace.grammar.bind;

import java.util.Map;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.training.TrainingRun;

/** A declared training run (or a scenario of one) → the core's fluent {@link TrainingRun}. */
final class TrainingBuilder {

    private TrainingBuilder() {}

    static TrainingRun build(Declared d, RunContext ctx) {
        TrainingRun t = TrainingRun.named(d.name()).regions(UserRegions.table(ctx));
        Map<String, Object> p = d.effective();
        if (p.containsKey("accelerator")) t.accelerator(Values.word(p.get("accelerator")));
        if (p.containsKey("count")) t.count(Values.value(p.get("count"), Field.ACCELERATOR_COUNT));
        if (p.containsKey("duration")) t.duration(Values.value(p.get("duration"), Field.DURATION));
        if (p.containsKey("accelerator_hours")) t.acceleratorHours(Values.value(p.get("accelerator_hours"), Field.ACCELERATOR_HOURS));
        if (p.containsKey("power")) t.power(Values.value(p.get("power"), Field.POWER));
        if (p.containsKey("utilisation")) t.utilisation(Values.value(p.get("utilisation"), Field.UTILISATION));
        if (p.containsKey("energy")) t.reportedEnergy(Values.value(p.get("energy"), Field.REPORTED_ENERGY));
        if (p.containsKey("pue")) t.pue(Values.value(p.get("pue"), Field.PUE));
        Object region = p.containsKey("region") ? p.get("region") : ctx.settings().get("region").orElse(null);
        if (region != null) t.region(Values.word(region));
        if (p.containsKey("intensity")) {
            t.intensity(Values.value(p.get("intensity"), Field.INTENSITY), p.containsKey("basis") ? Values.basis(p.get("basis")) : null);
        }
        Object basis = p.containsKey("basis") ? p.get("basis") : ctx.settings().get("basis").orElse(null);
        if (basis != null && !p.containsKey("intensity")) t.basis(Values.basis(basis));
        if (p.containsKey("embodied") != p.containsKey("lifetime")) {
            throw new InputError(p.containsKey("embodied") ? Field.LIFETIME : Field.EMBODIED,
                    "embodied emissions need both embodied and lifetime", "add embodied 150 kg and lifetime 5 years");
        }
        if (p.containsKey("embodied")) {
            t.embodied(Values.value(p.get("embodied"), Field.EMBODIED), Values.value(p.get("lifetime"), Field.LIFETIME));
        }
        return t;
    }
}
