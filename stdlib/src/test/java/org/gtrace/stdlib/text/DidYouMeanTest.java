package org.gtrace.stdlib.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Did-you-mean: several suggestions for the stdlib, the closest one for the language's hints. */
class DidYouMeanTest {

    @Test
    void suggestionsComeClosestFirstAndEquallyCloseOnesByName() {
        assertEquals(List.of("france", "Franc", "francs"), DidYouMean.suggest("fracne", List.of("francs", "Franc", "france", "spain")));
        assertEquals(List.of("france"), DidYouMean.suggest(" FRANCE ", List.of("france", "france")), "trimmed, once each");
    }

    @Test
    void theReachGrowsWithTheNamesLength() {
        assertEquals(List.of(), DidYouMean.suggest("abcde", List.of("abc")), "five letters reach one edit");
        assertEquals(List.of("abcd"), DidYouMean.suggest("abcdef", List.of("abcd")), "six letters reach two");
        assertEquals(List.of("abcdef"), DidYouMean.suggest("abcdefghi", List.of("abcdef")), "nine letters reach three");
    }

    @Test
    void theClosestIsAnotherNameTheFirstOfEquallyCloseOnes() {
        assertEquals(Optional.of("grid"), DidYouMean.closest("grd", List.of("grd", "grid", "gird")));
        assertEquals(Optional.empty(), DidYouMean.closest("xyz", List.of("energy")));
        assertEquals("did you mean 'energy'?", DidYouMean.hint("enrgy", List.of("emissions", "energy")));
        assertEquals("", DidYouMean.hint("enrgy", List.of()));
    }
}
