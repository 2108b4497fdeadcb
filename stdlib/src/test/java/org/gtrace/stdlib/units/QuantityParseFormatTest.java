package org.gtrace.stdlib.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Parsing and display of quantities, pinned in base units (kWh, kgCO2e, L, outputs). */
class QuantityParseFormatTest {

    @ParameterizedTest(name = "{0} = {1} base")
    @CsvSource(delimiter = ';', value = {
            "0.006 kWh; 0.006; energy",
            "6 Wh/image; 0.006; energy per output",
            "429 g/kWh; 0.429; carbon intensity (CO2e per energy)",
            "2.1 MtCO2e; 2.1e9; CO2e",
            "4,200 MWh; 4.2e6; energy",
            "700M images; 7e8; a count of outputs",
            "1.2B tokens; 1.2e9; a count of tokens",
            "3.91 L/kWh; 3.91; water per energy",
            "700 W; 0.7; power",
            "1082990 GPU-h; 1082990; time",
            "60 %; 0.6; a plain number",
            "1.56; 1.56; a plain number"})
    void parses(String text, double base, String dimension) {
        Quantity q = Quantity.parse(text);
        assertEquals(base, q.base(), Math.abs(base) * 1e-12);
        assertEquals(dimension, q.dimension().describe());
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource(delimiter = ';', value = {
            "4200000 kWh; 4,200 MWh",
            "2020.2 tCO2e; 2,020 tCO2e",
            "429 g/kWh; 429 g/kWh",
            "0.006 kWh; 6 Wh",
            "2.1 MtCO2e; 2,100 ktCO2e",
            "16422 kL; 16.42 ML",
            "24.7 tCO2e; 24.7 tCO2e"})
    void formats(String text, String shown) {
        assertEquals(shown, Quantity.parse(text).format());
    }

    @Test
    void aCountOfOneReadsInTheSingular() {
        assertEquals("1 output", Quantity.outputs(1).format());
        assertEquals("2 outputs", Quantity.outputs(2).format());
        assertEquals("700,000,000 outputs", Quantity.outputs(7e8).format());
    }

    @Test
    void conversions() {
        assertEquals(4200, Quantity.parse("4.2 GWh").in("MWh"), 1e-9);
        assertEquals(2068.0, Quantity.parse("2,068,000 kgCO2e").in("tCO2e"), 1e-9);
        assertEquals(481, Quantity.parse("0.481 kg/kWh").in("g/kWh"), 1e-9);
    }

    @Test
    void mismatchNamesBothDimensions() {
        UnitError e = assertThrows(UnitError.class, () -> Quantity.parse("5 kWh").in("tCO2e"));
        assertEquals("conversion to tCO2e needs CO2e but got energy", e.getMessage());
        UnitError a = assertThrows(UnitError.class, () -> Quantity.parse("5 kWh").plus(Quantity.parse("5 kg")));
        assertEquals("cannot add CO2e to energy", a.getMessage());
    }

    @Test
    void badTextSaysWhatToWrite() {
        UnitError e = assertThrows(UnitError.class, () -> Quantity.parse("lots of kWh"));
        assertEquals("cannot read 'lots of kWh' as a quantity; write a number and a unit such as 0.006 kWh", e.getMessage());
        UnitError u = assertThrows(UnitError.class, () -> Quantity.parse("5 kWhh"));
        assertEquals("unknown unit 'kWhh' in 'kWhh'", u.getMessage());
    }
}
