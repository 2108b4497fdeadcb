package org.gtrace.stdlib.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the inference model over generated inputs (seeded, so a failure names its case). */
class InferencePropertiesTest {

    private static final List<Region> COUNTRIES = RegionTable.defaults().regions().stream()
            .filter(r -> r.kind() == Region.Kind.COUNTRY).toList();

    static LongStream seeds200() {
        return LongStream.range(0, 200);
    }

    static LongStream seeds100() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void energyIsOutputsTimesEnergyTimesPue(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double outputs = rnd.nextDouble(0, 1e12);
        double kwh = rnd.nextDouble(0, 10);
        double pue = rnd.nextDouble(1, 3);
        InferenceEstimate e = Workload.text("p").outputs(Quantity.outputs(outputs)).energyPerOutput(Quantity.kWh(kwh))
                .pue(Quantity.number(pue)).estimate();
        assertEquals(outputs * kwh * pue, e.energy().base(), Math.abs(outputs * kwh * pue) * 1e-12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds100")
    void splitCo2eEqualsEnergyTimesWeightedIntensityAndRowsAddUp(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = rnd.nextInt(1, 31);
        int offset = rnd.nextInt(0, 151);
        Workload w = Workload.image("p").outputs(Quantity.outputs(1e6)).energyPerOutput(Quantity.of(3, "Wh"));
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            Region r = COUNTRIES.get(offset + i);
            w.share(r, Quantity.number(1.0 / n));
            weighted += r.intensity().kgPerKwh() / n;
        }
        InferenceEstimate e = w.estimate();
        assertEquals(e.energy().base() * weighted, e.co2e().base(), e.co2e().base() * 1e-9);
        double rows = e.byRegion().stream().mapToDouble(r -> r.co2e().centralBase()).sum();
        assertEquals(e.co2e().base(), rows, e.co2e().base() * 1e-9);
        assertEquals(weighted, e.intensity().base(), weighted * 1e-9);
    }
}
