package org.gtrace.grammar.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.grid.GridBasis;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

/** A declaration's properties read as the core's types, and a scenario's overrides of its base. */
class PropertiesTest {

    @Test
    void readsEachShapeAsTheCoresType() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queries", Quantity.outputs(700e6));
        m.put("preset", new Word("image.sd3.generation"));
        m.put("basis", List.of(new Word("market"), new Word("direct")));
        m.put("telemetry", true);
        Properties p = Properties.of(m);
        assertEquals(700e6, p.outputs("queries", Field.OUTPUTS).centralBase(), 1e-6);
        assertEquals("image.sd3.generation", p.word("preset"));
        assertEquals(new GridBasis(GridBasis.Accounting.MARKET, GridBasis.Scope.DIRECT), p.basis("basis"));
        assertTrue(p.flag("telemetry"));
        assertFalse(p.flag("policy"));
        assertEquals(List.of("queries", "preset", "basis", "telemetry"), List.copyOf(p.words()));
    }

    @Test
    void aValueOfTheWrongKindIsAnErrorAtItsField() {
        Properties p = Properties.of(Map.of("pue", new Word("high")));
        InputError e = assertThrows(InputError.class, () -> p.amount("pue", Field.PUE));
        assertEquals(Field.PUE, e.field());
        InputError missing = assertThrows(InputError.class, () -> p.amount("energy", Field.ENERGY_PER_OUTPUT));
        assertEquals(Field.ENERGY_PER_OUTPUT, missing.field());
    }

    @Test
    void aScenarioReplacesTheBasesOtherWayOfGivingAnInput() {
        Declared base = new Declared(Declared.Kind.WORKLOAD, "w", "image", null,
                Map.of("queries", Quantity.outputs(1e6), "energy", Quantity.kWh(0.006)), 1);
        Declared scenario = new Declared(Declared.Kind.WORKLOAD, "s", "image", base,
                Map.of("preset", new Word("image.sd3.generation")), 2);
        Properties p = scenario.effective();
        assertFalse(p.has("energy"), "the preset replaces the base's energy");
        assertTrue(p.has("queries"));
        assertEquals("image.sd3.generation", p.word("preset"));
        assertTrue(base.effective().has("energy"), "the base keeps its own");
    }
}
