package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.units.Quantity;

/** Invariants of the inference model over generated inputs. */
class InferencePropertiesTest {

    private static final List<Region> COUNTRIES = RegionTable.defaults().regions().stream()
            .filter(r -> r.kind() == Region.Kind.COUNTRY).toList();

    @Property(tries = 200)
    void energyIsOutputsTimesEnergyTimesPue(@ForAll @DoubleRange(min = 0, max = 1e12) double outputs,
                                            @ForAll @DoubleRange(min = 0, max = 10) double kwh,
                                            @ForAll @DoubleRange(min = 1, max = 3) double pue) {
        InferenceEstimate e = Workload.text("p").outputs(Quantity.outputs(outputs)).energyPerOutput(Quantity.kWh(kwh))
                .pue(Quantity.number(pue)).estimate();
        assertEquals(outputs * kwh * pue, e.energy().base(), Math.abs(outputs * kwh * pue) * 1e-12);
    }

    @Property(tries = 100)
    void splitCo2eEqualsEnergyTimesWeightedIntensityAndRowsAddUp(@ForAll @IntRange(min = 1, max = 30) int n,
                                                                   @ForAll @IntRange(min = 0, max = 150) int offset) {
        Workload w = Workload.image("p").outputs(Quantity.outputs(1e6)).energyPerOutput(Quantity.of(3, "Wh"));
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            Region r = COUNTRIES.get(offset + i);
            w.share(r, Quantity.number(1.0 / n));
            weighted += r.intensity().kgPerKwh() / n;
        }
        InferenceEstimate e = w.estimate();
        assertEquals(e.energy().base() * weighted, e.co2e().base(), e.co2e().base() * 1e-9);
        double rows = e.byRegion().stream().mapToDouble(r -> r.co2e().base()).sum();
        assertEquals(e.co2e().base(), rows, e.co2e().base() * 1e-9);
        assertEquals(weighted, e.intensity().base(), weighted * 1e-9);
    }
}
