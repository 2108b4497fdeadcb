package org.gtrace.stdlib.units;

/**
 * A named unit: its dimension and the factor that takes a value in it to the base unit of that
 * dimension (kWh, h, kgCO2e, L, outputs, tokens).
 */
public record Unit(String symbol, Dimension dimension, double toBase) {

    public Unit {
        if (!(toBase > 0) || Double.isInfinite(toBase)) {
            throw new IllegalArgumentException("unit factor must be positive and finite: " + symbol);
        }
    }

    public double toBase(double value) {
        return value * toBase;
    }

    public double fromBase(double base) {
        return base / toBase;
    }

    public Unit times(Unit other) {
        return new Unit(symbol + "·" + other.symbol, dimension.multiply(other.dimension), toBase * other.toBase);
    }

    public Unit per(Unit other) {
        return new Unit(symbol + "/" + other.symbol, dimension.divide(other.dimension), toBase / other.toBase);
    }
}
