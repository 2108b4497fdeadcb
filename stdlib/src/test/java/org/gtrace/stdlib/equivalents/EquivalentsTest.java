package org.gtrace.stdlib.equivalents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gtrace.stdlib.data.EquivalenceFactors;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;

class EquivalentsTest {

    private static final Quantity ENERGY = Quantity.of(4200, "MWh");
    private static final Quantity CO2E = Quantity.of(2020.2, "tCO2e");

    @Test
    void ghibliInFamiliarTermsWithTheUsSet() {
        Equivalents eq = Equivalents.of("ghibli", ENERGY, CO2E);
        // 2,020,200 kg / (0.393 kg/mile / 1.609344 km/mile) = 8,272,765 km (EPA 2024 edition)
        assertEquals(8_272_765, eq.get("car_km").value().base(), 1);
        // 4,200,000 kWh / 0.022 kWh = 190,909,091 charges (EPA 2024, as Power Hungry Processing cites it)
        assertEquals(190_909_090.9, eq.get("smartphone_charges").value().base(), 0.1);
        // 4,200,000 kWh / (10,791 kWh / 365) = 142,062.8 household-days (EIA, 2022)
        assertEquals(142_062.83, eq.get("household_days").value().base(), 0.01);
        assertEquals("car.us.2024", eq.get("car_km").source().id());
        assertEquals(2024, eq.get("car_km").source().year());
        assertTrue(eq.toReport(1).notes().get(0).startsWith("factors: the US set; choose another with set equivalents uk"),
                eq.toReport(1).notes().toString());
        assertTrue(eq.toReport(1).notes().get(1).contains("epa.gov"), eq.toReport(1).notes().toString());
        assertTrue(eq.get("car_km").derivation().toText().contains("0.393 kgCO2e/mile ÷ 1.609344 km per mile"),
                eq.get("car_km").derivation().toText());
        assertEquals(3, eq.table().rowCount());
    }

    @Test
    void aWorkshopInBritainChoosesTheUkSet() {
        Equivalents eq = Equivalents.of("ghibli", ENERGY, CO2E, EquivalenceSet.bundled("uk"));
        // 2,020,200 kg / 0.1645 kg/km = 12,280,851 km (DESNZ 2024, average petrol car)
        assertEquals(12_280_851, eq.get("car_km").value().base(), 1);
        // the smartphone factor is the same in every set
        assertEquals(190_909_090.9, eq.get("smartphone_charges").value().base(), 0.1);
        // 4,200,000 kWh / (2,700 kWh / 365) = 567,777.8 household-days (Ofgem's typical value)
        assertEquals(567_777.78, eq.get("household_days").value().base(), 0.01);
        assertEquals("household.uk.2023", eq.get("household_days").source().id());
        assertEquals("Open Government Licence v3.0", eq.get("car_km").source().licence());
        assertEquals(List.of("us", "uk"), EquivalenceFactors.sets());
    }

    @Test
    void aUsersOwnFactorReplacesTheSetsAndSaysSo() {
        EquivalenceSet mine = EquivalenceSet.bundled("uk").withCar(Quantity.of(0.17, "kgCO2e"), "line 3");
        Equivalents eq = Equivalents.of("ghibli", ENERGY, CO2E, mine);
        // 2,020,200 kg / 0.17 kg/km = 11,883,529 km
        assertEquals(11_883_529, eq.get("car_km").value().base(), 1);
        assertTrue(eq.get("car_km").source().isUserInput());
        assertEquals("household.uk.2023", eq.get("household_days").source().id(), "the others stay the set's");
        assertTrue(eq.toReport(1).notes().get(0).startsWith("factors: the UK set, with the factors given here"),
                eq.toReport(1).notes().toString());
    }

    @Test
    void badSetsAndFactorsAreErrorsWithAFix() {
        UnknownNameError e = assertThrows(UnknownNameError.class, () -> EquivalenceSet.bundled("gb"));
        assertTrue(e.getMessage().contains("use one of us, uk"), e.getMessage());
        InputError zero = assertThrows(InputError.class,
                () -> EquivalenceSet.defaults().withHousehold(Quantity.of(0, "kWh"), "line 1"));
        assertTrue(zero.getMessage().startsWith("household"), zero.getMessage());
        RuntimeException wrong = assertThrows(org.gtrace.stdlib.units.UnitError.class,
                () -> EquivalenceSet.defaults().withSmartphone(Quantity.of(2, "kgCO2e"), "line 1"));
        assertTrue(wrong.getMessage().contains("smartphone"), wrong.getMessage());
    }
}
