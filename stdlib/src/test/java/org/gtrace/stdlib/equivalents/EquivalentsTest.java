package org.gtrace.stdlib.equivalents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

class EquivalentsTest {

    @Test
    void ghibliInFamiliarTerms() {
        Equivalents eq = Equivalents.of("ghibli", Quantity.of(4200, "MWh"), Quantity.of(2020.2, "tCO2e"));
        // 2,020,200 kg / (0.409 kg/mile / 1.609344 km/mile) = 7,949,136 km (to 1 km)
        assertEquals(7_949_136, eq.get("car_km").value().base(), 1);
        // 4,200,000 kWh / 0.012 kWh = 350,000,000 charges
        assertEquals(350_000_000, eq.get("smartphone_charges").value().base(), 1e-3);
        // 4,200,000 kWh / (10,715 kWh / 365) = 143,070.5 household-days
        assertEquals(143_070.46, eq.get("household_days").value().base(), 0.01);
        assertEquals("car.us.per_mile", eq.get("car_km").source().id());
        assertTrue(eq.toReport(1).notes().get(0).contains("epa.gov"), eq.toReport(1).notes().toString());
        assertEquals(3, eq.table().rowCount());
    }
}
