package org.gtrace.stdlib.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropagationTest {
    private static final MonteCarlo.Settings S = new MonteCarlo.Settings(100_000, 42, 2);

    private static McResult run(Formula f) {
        return run(f, S);
    }

    private static McResult run(Formula f, MonteCarlo.Settings s) {
        return Propagation.of(List.of(f)).run(s, ProgressListener.NONE).of(f);
    }

    @Test
    void anIntermediateOfALargeRunKeepsItsMeanOverEveryDrawAndItsBandOverTheFirstMillion() {
        Formula a = Formula.input("a", Distribution.range(1, 3));
        Formula headline = a.times(Formula.constant(2)), intermediate = a.plus(Formula.constant(1));
        MonteCarlo.Settings big = new MonteCarlo.Settings(3_000_000, 7, 2);
        Propagated p = Propagation.of(List.of(headline, intermediate)).withSensitivity(List.of(headline))
                .withBandsOnlyFor(List.of(headline, intermediate)).run(big, ProgressListener.NONE);
        assertEquals(3_000_000, p.draws(headline).length, "the headline keeps every draw");
        McResult mid = p.of(intermediate);
        assertEquals(3_000_000, mid.samples());
        assertEquals(3.0, mid.mean(), 0.002);
        assertEquals(2.1, mid.p5(), 0.005, "uniform 2 .. 4: p5 from the first million draws");
        assertEquals(3.9, mid.p95(), 0.005);
        assertThrows(IllegalArgumentException.class, () -> p.draws(intermediate), "only whole columns are handed out");
    }

    @Test
    void anInputUsedTwiceIsOneInput() {
        Formula a = Formula.input("a", Distribution.range(1, 3));
        McResult zero = run(a.minus(a));
        assertEquals(0, zero.mean(), 0.0);
        assertEquals(0, zero.p5(), 0.0);
        assertEquals(0, zero.p95(), 0.0);
        McResult one = run(a.dividedBy(a));
        assertEquals(1, one.p5(), 0.0);
        assertEquals(1, one.p95(), 0.0);
        // two inputs with the same key and distribution are the same input, even as separate objects
        Formula again = Formula.input("a", Distribution.range(1, 3));
        assertEquals(0, run(a.minus(again)).p95(), 0.0);
    }

    @Test
    void sameKeyDifferentDistributionIsAnError() {
        Formula a = Formula.input("a", Distribution.range(1, 3));
        Formula b = Formula.input("a", Distribution.range(1, 4));
        assertThrows(IllegalArgumentException.class, () -> run(a.plus(b)));
    }

    @Test
    void threeUsesOfOneInputAreFullyCorrelated() {
        // a + a + a = 3a: uniform 3 .. 9, not the narrower sum of three independent draws
        Formula a = Formula.input("a", Distribution.range(1, 3));
        McResult r = run(a.plus(a).plus(a));
        assertEquals(6, r.mean(), 0.01);
        assertEquals(3 + 6 * 0.05, r.p5(), 0.03);
        assertEquals(3 + 6 * 0.95, r.p95(), 0.03);
    }

    /** u0 = 1000 ± 10%, then u(k) = u(k−1) × (1 ± 1%): the mean stays 1000, ln u spreads by Σ variances. */
    @ParameterizedTest(name = "{0} links")
    @ValueSource(ints = {100, 1000, 10_000})
    void chainsKeepTheirMeanAndSpread(int links) {
        Formula u = Formula.input("u0", Distribution.plusMinusPercent(1000, 10));
        for (int k = 1; k <= links; k++) u = u.times(Formula.input("e" + k, Distribution.plusMinusPercent(1, 1)));
        McResult r = run(u, new MonteCarlo.Settings(20_000, 1, 2));
        double s2 = Math.pow(0.05, 2) + links * Math.pow(0.005, 2);
        double s = Math.sqrt(s2);
        assertEquals(1000, r.mean(), 10);
        assertEquals(1000 * Math.exp(-s2 / 2 - 1.6448536 * s), r.p5(), 0.03 * r.p5());
        assertEquals(1000 * Math.exp(-s2 / 2 + 1.6448536 * s), r.p95(), 0.03 * r.p95());
    }

    @Test
    void sameSeedSameBitsWhateverTheThreadCount() {
        Formula f = ghibli();
        McResult one = run(f, new MonteCarlo.Settings(300_000, 7, 1));
        for (int threads : new int[] {2, 3, 5}) assertEquals(one, run(f, new MonteCarlo.Settings(300_000, 7, threads)));
        assertTrue(run(f, new MonteCarlo.Settings(300_000, 8, 2)).mean() != one.mean());
    }

    @Test
    void anInputDrawsTheSameWhateverElseIsInTheRun() {
        Formula a = Formula.input("a", Distribution.lognormal(2, 1.5));
        Formula b = Formula.input("b", Distribution.range(0, 1));
        Propagated alone = Propagation.of(List.of(a)).run(S, ProgressListener.NONE);
        Propagated with = Propagation.of(List.of(b, a.plus(b), a)).run(S, ProgressListener.NONE);
        assertEquals(alone.of(a), with.of(a));
    }

    @Test
    void divisionByARangeThatReachesZeroIsRefused() {
        Formula one = Formula.constant(1);
        DomainError e = assertThrows(DomainError.class, () -> one.dividedBy(Formula.input("x", Distribution.range(-1, 1))));
        assertEquals(DomainError.Kind.DIVISOR, e.kind());
        assertTrue(e.getMessage().contains("no finite mean"), e.getMessage());
        assertThrows(DomainError.class, () -> one.dividedBy(Formula.input("y", Distribution.range(0, 1))));
        assertThrows(DomainError.class, () -> one.dividedBy(Formula.input("z", Distribution.normal(1, 0.1))));
        // a ± band is cut at four standard deviations, so 1 ± 10% stays within 0.8 .. 1.2 and divides
        McResult r = run(one.dividedBy(Formula.input("w", Distribution.plusMinusPercent(1, 10))));
        assertEquals(1.0025, r.mean(), 0.001);
        assertThrows(DomainError.class, () -> Formula.input("v", Distribution.range(-1, 2)).log());
        assertThrows(DomainError.class, () -> Formula.input("v", Distribution.range(-1, 2)).pow(0.5));
        assertThrows(IllegalArgumentException.class, () -> Distribution.plusMinusPercent(0, 10));
    }

    @Test
    void sharesDrawnThenNormalisedStayInTheirBoundsAndSumToOne() {
        Formula s1 = Formula.input("s1", Distribution.range(0.5, 0.7));
        Formula s2 = Formula.input("s2", Distribution.range(0.3, 0.5));
        Formula total = s1.plus(s2);
        Formula n1 = s1.dividedBy(total), n2 = s2.dividedBy(total), sum = n1.plus(n2);
        Propagated p = Propagation.of(List.of(n1, n2, sum)).run(S, ProgressListener.NONE);
        assertEquals(1, p.of(sum).p5(), 1e-12);
        assertEquals(1, p.of(sum).p95(), 1e-12);
        assertEquals(0.6, p.of(n1).mean(), 0.002);
        assertTrue(p.of(n1).p5() > 0.5 && p.of(n1).p95() < 0.7, "normalised share stays near its range");
    }

    @Test
    void rankCorrelationIsTheOneAskedFor() {
        Formula.Input a = Formula.input("a", Distribution.lognormal(1, 2));
        Formula.Input b = Formula.input("b", Distribution.range(0, 10));
        Propagated p = Propagation.of(List.of(a, b)).withCorrelations(List.of(new Correlation(a, b, 0.7)))
                .run(new MonteCarlo.Settings(50_000, 3, 2), ProgressListener.NONE);
        double rho = Sensitivity.pearson(Sensitivity.ranks(p.draws(a)), Sensitivity.ranks(p.draws(b)));
        assertEquals(0.7, rho, 0.01);
        // marginals unchanged
        assertEquals(5, p.of(b).mean(), 0.05);
        assertEquals(1, p.of(a).p50(), 0.03);
    }

    @Test
    void inconsistentCorrelationsAreRefused() {
        Formula.Input a = Formula.input("a", Distribution.range(0, 1));
        Formula.Input b = Formula.input("b", Distribution.range(0, 1));
        Formula.Input c = Formula.input("c", Distribution.range(0, 1));
        Propagation p = Propagation.of(List.of(a.plus(b).plus(c))).withCorrelations(List.of(
                new Correlation(a, b, 0.9), new Correlation(b, c, 0.9), new Correlation(a, c, -0.9)));
        assertThrows(IllegalArgumentException.class, () -> p.run(S, ProgressListener.NONE));
    }

    @Test
    void sensitivityFromJointDrawsRanksTheWidestInputFirst() {
        Formula f = ghibli();
        Propagated p = Propagation.of(List.of(f)).withSensitivity(List.of(f)).run(S, ProgressListener.NONE);
        List<Sensitivity> s = p.of(f).sensitivity();
        // coefficients of variation: energy 42%, intensity 10%, PUE 4.8%, images 4.1%
        assertEquals(List.of("energy", "intensity", "pue", "images"), s.stream().map(Sensitivity::input).toList());
        // energy ~ lognormal(0.006, 1.5): E[Y | energy in its top tenth] = E[Y] × Φ(σ − z₀.₉) / 0.1
        double sigma = Math.log(1.5), z = 1.2815516;
        double expected = p.of(f).mean() * Variates.normalCdf(sigma - z) / 0.1;
        assertEquals(expected, s.get(0).outputAtHigh(), 0.03 * expected);
        assertTrue(s.get(0).rankCorrelation() > 0.8);
    }

    @Test
    void ensembleValuesPairWithEverySampleInTurn() {
        Formula runs = Formula.ensemble("runs", new double[] {10, 20, 30, 40});
        Formula e = Formula.input("e", Distribution.point(2));
        McResult r = run(runs.times(e), new MonteCarlo.Settings(1000, 1, 1));
        assertEquals(50, r.mean(), 1e-9);
        assertEquals(20, r.p5(), 1e-9);
    }

    @Test
    void aBandIsNormalCutAtFourSigma() {
        Distribution d = Distribution.plusMinusPercent(10, 20);
        assertEquals(10 - 4 * 1.0, d.low(), 1e-12);
        assertEquals(10 + 4 * 1.0, d.high(), 1e-12);
        assertEquals(10, d.mean(), 1e-6);
        assertEquals(10 - 1.6448536 * 1.0, d.quantile(0.05), 1e-3);
        assertEquals("10 ± 20%", d.describe());
        McResult r = run(Formula.input("d", d));
        assertTrue(r.p5() > 8.3 && r.p95() < 11.7);
    }

    static Formula ghibli() {
        Formula images = Formula.input("images", Distribution.range(650e6, 750e6));
        Formula energy = Formula.input("energy", Distribution.lognormal(0.006, 1.5));
        Formula pue = Formula.input("pue", Distribution.range(1.1, 1.3));
        Formula intensity = Formula.input("intensity", Distribution.plusMinusPercent(0.48, 20));
        return images.times(energy).times(pue).times(intensity);
    }
}
