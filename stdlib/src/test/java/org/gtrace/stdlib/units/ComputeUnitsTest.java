package org.gtrace.stdlib.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Compute as a dimension: FLOP counts and FLOP/s rates, checked and shown as papers write them. */
class ComputeUnitsTest {

    @Test
    void prefixesAndThePluralAreTheSameCount() {
        assertEquals(Dimension.COMPUTE, Units.parse("ZFLOPs").dimension());
        assertEquals(1e21, Units.parse("ZFLOP").toBase(), 1e6);
        assertEquals(Units.parse("PFLOP").toBase(), Units.parse("PFLOPs").toBase());
        assertEquals(Dimension.COMPUTE_RATE, Units.parse("TFLOP/s").dimension());
        assertEquals(Dimension.COMPUTE_PER_TOKEN, Units.parse("FLOP/token").dimension());
        assertNotEquals(Dimension.TOKENS, Dimension.COMPUTE, "compute is no token count");
    }

    @Test
    void hoursAtAPeakRateAreCompute() {
        // 1 GPU-hour at 312 TFLOP/s: 312e12 × 3600 FLOP
        Quantity q = new Quantity(1, Dimension.TIME).times(Quantity.of(312, Units.parse("TFLOP/s")));
        assertEquals(Dimension.COMPUTE, q.dimension());
        assertEquals(312e12 * 3600, q.base(), 1e6);
    }

    @Test
    void trainingComputeReadsInPowersOfTenAndInferenceInPrefixes() {
        assertEquals("3.15E23 FLOP", Quantity.of(3.15e23, Units.parse("FLOP")).format());
        assertEquals("70 TFLOP", Quantity.of(7e13, Units.parse("FLOP")).format());
        assertEquals("312 TFLOP/s", Quantity.of(312, Units.parse("TFLOP/s")).format());
        assertEquals("compute per time (FLOP/s)", Dimension.COMPUTE_RATE.describe());
    }
}
