package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaTest {
    @Test
    void evaluatesColumnByColumn() {
        // (a + b) / c − (−2) on rows (1, 3, 2) and (4, 6, 5)
        Formula f = Formula.input(0).plus(Formula.input(1)).dividedBy(Formula.input(2))
                .minus(Formula.constant(2).negate());
        double[] out = new double[2];
        f.toModel().evaluate(new double[][] {{1, 4}, {3, 6}, {2, 5}}, 2, out);
        assertArrayEquals(new double[] {4, 4}, out, 1e-15);
    }

    @Test
    void formulaChainAndProductGiveTheSameRun() {
        List<UncertainInput> in = MonteCarloTest.lognormalChain();
        MonteCarlo.Settings s = new MonteCarlo.Settings(150_000, 9, 2);
        McResult product = MonteCarlo.run(in, VectorModel.product(), s);
        Formula f = Formula.input(0).times(Formula.input(1)).times(Formula.input(2)).times(Formula.input(3));
        assertEquals(product, MonteCarlo.run(in, f.toModel(), s));
        // the core's equations, E = N × e × PUE then C = E × I, multiply in the same order: identical bits
        assertEquals(product, MonteCarlo.run(in, ChainModels.inferenceCo2e(), s));
    }
}
