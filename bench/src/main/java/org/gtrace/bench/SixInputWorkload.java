package org.gtrace.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.gtrace.stdlib.inference.EnergyBoundary;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.uncertainty.Distribution;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.Quantity;

/**
 * The workload both propagations of {@link PropagationBench} run: six uncertain inputs (outputs,
 * energy per output, PUE, grid intensity, on-site and off-site water), each given as a
 * distribution and at its central value.
 */
final class SixInputWorkload {
    private SixInputWorkload() {}

    /** Name → (distribution in base units, dimension). */
    static Map<String, Input> inputs() {
        Map<String, Input> m = new LinkedHashMap<>();
        m.put("outputs", new Input(Distribution.range(650e6, 750e6), Dimension.OUTPUTS));
        m.put("energy", new Input(Distribution.lognormal(0.006, 1.5), Dimension.ENERGY_PER_OUTPUT));
        m.put("pue", new Input(Distribution.range(1.1, 1.3), Dimension.NONE));
        m.put("intensity", new Input(Distribution.plusMinusPercent(0.48, 20), Dimension.INTENSITY));
        m.put("wue", new Input(Distribution.range(0.2, 0.6), Dimension.WATER_PER_ENERGY));
        m.put("water_offsite", new Input(Distribution.range(2.5, 4.5), Dimension.WATER_PER_ENERGY));
        return m;
    }

    record Input(Distribution distribution, Dimension dimension) {}

    /** The workload with every input uncertain. */
    static Workload uncertain() {
        return build(name -> {
            Input in = inputs().get(name);
            return UncertainQuantity.input("bench." + name, in.distribution(), in.dimension());
        });
    }

    /** The workload with every input at {@code values} (base units). */
    static Workload at(Map<String, Double> values) {
        return build(name -> UncertainQuantity.of(new Quantity(values.get(name), inputs().get(name).dimension())));
    }

    private static Workload build(Function<String, UncertainQuantity> v) {
        return Workload.image("bench").outputs(v.apply("outputs")).energyPerOutput(v.apply("energy"), EnergyBoundary.SERVING)
                .pue(v.apply("pue")).intensity(v.apply("intensity"), null).wueOnsite(v.apply("wue"))
                .wueOffsite(v.apply("water_offsite"));
    }
}
