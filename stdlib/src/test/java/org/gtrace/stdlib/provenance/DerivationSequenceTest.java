package org.gtrace.stdlib.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** Several derivations written in turn (explain): each in full once, later uses refer back. */
class DerivationSequenceTest {

    private static final Source GPU = new Source("gpu.h100.tdp", "H100 board power", "nvidia.com/h100", 2023,
            "fact (cited)", "secondary", "GPU only");
    private static final Source GRID = new Source("grid.fr.2023", "France grid intensity", "ember-energy.org", 2023,
            "CC BY 4.0", "secondary", "");

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }

    @Test
    void theGhibliEnergyIsDerivedOnceThenReferredTo() {
        InferenceEstimate e = Workload.image("ghibli").outputs(Quantity.outputs(700e6))
                .energyPerOutput(Quantity.of(0.006, "kWh")).estimate();
        DerivationSequence seq = new DerivationSequence();
        String energy = seq.markdown(e.energyDerivation());
        String co2e = seq.markdown(e.co2eDerivation());
        assertTrue(energy.contains("### energy of ghibli = 4,200 MWh"), energy);
        assertTrue(energy.contains("`E = N × e × PUE`"), energy);
        assertFalse(co2e.contains("E = N × e × PUE"), co2e);
        assertTrue(co2e.contains("\nenergy of ghibli = 4,200 MWh, derived above\n"), co2e);
        assertTrue(co2e.contains("### CO2e of ghibli = 2,019 tCO2e"), co2e);
        assertTrue(co2e.contains("owid-ember:world"), "its own inputs are all still there: " + co2e);
    }

    @Test
    void sourcesOfAReferredStepAreNotListedAgainButToMarkdownAloneIsUnchanged() {
        Derivation energy = Derivation.of("energy of run", "E = P × t")
                .input("P", "board power", Quantity.of(0.7, "kW"), GPU)
                .input("t", "hours", Quantity.hours(1000), Source.userInput("cell 1")).result(Quantity.kWh(700));
        Derivation co2e = Derivation.of("CO2e of run", "C = E × I")
                .input("E", "energy", energy.result(), null)
                .input("I", "grid intensity", Quantity.of(56, "g/kWh"), GRID).step(energy).result(Quantity.kgCO2e(39.2));

        String alone = co2e.toMarkdown();
        assertEquals(1, count(alone, "`E = P × t`"), alone);
        assertTrue(alone.contains("#### energy of run = 700 kWh"), alone);
        assertTrue(alone.contains("H100 board power"), alone);

        DerivationSequence seq = new DerivationSequence();
        String first = seq.markdown(energy);
        String second = seq.markdown(co2e);
        assertTrue(first.contains("- H100 board power, 2023"), first);
        assertTrue(second.contains("energy of run = 700 kWh, derived above"), second);
        assertFalse(second.contains("H100 board power"), "listed with the energy above: " + second);
        assertTrue(second.contains("- France grid intensity, 2023"), second);
        assertEquals("energy of run = 700 kWh, derived above\n\n", seq.markdown(energy), "a repeat is one line");
    }

    @Test
    void aStepUsedTwiceInOneDerivationIsWrittenOnce() {
        Derivation energy = Derivation.of("energy of run", "E = P × t")
                .input("P", "board power", Quantity.of(0.7, "kW"), GPU).result(Quantity.kWh(700));
        Derivation water = Derivation.of("water of run", "W = WUE_on × E + WUE_off × E")
                .step(energy).step(energy).result(Quantity.litres(2737));
        String md = water.toMarkdown();
        assertEquals(1, count(md, "`E = P × t`"), md);
        assertEquals(1, count(md, "energy of run = 700 kWh, derived above"), md);
    }
}
