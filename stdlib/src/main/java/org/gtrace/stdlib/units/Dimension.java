package org.gtrace.stdlib.units;

import java.util.ArrayList;
import java.util.List;

/**
 * A physical dimension as integer exponents over the seven bases this domain needs.
 *
 * <p>CO2e mass and output counts are bases of their own: no general units library has them, and
 * mixing CO2e with hardware mass or queries with tokens is exactly the mistake the checker must
 * catch. Compute (floating-point operations) is a base too, so that FLOP and FLOP/s are checked
 * like energy and power, and training compute cannot be added to a token count. Base units are
 * chosen so that the CLI contract's fields need no conversion: kWh, h, kgCO2e, L, outputs,
 * tokens, FLOP.
 */
public record Dimension(int energy, int time, int co2e, int water, int output, int token, int compute) {

    public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0, 0, 0);
    public static final Dimension ENERGY = new Dimension(1, 0, 0, 0, 0, 0, 0);
    public static final Dimension TIME = new Dimension(0, 1, 0, 0, 0, 0, 0);
    public static final Dimension CO2E = new Dimension(0, 0, 1, 0, 0, 0, 0);
    public static final Dimension WATER = new Dimension(0, 0, 0, 1, 0, 0, 0);
    public static final Dimension OUTPUTS = new Dimension(0, 0, 0, 0, 1, 0, 0);
    public static final Dimension TOKENS = new Dimension(0, 0, 0, 0, 0, 1, 0);
    /** Floating-point operations, counted (base FLOP). */
    public static final Dimension COMPUTE = new Dimension(0, 0, 0, 0, 0, 0, 1);
    /** FLOP per second: an accelerator's peak, a run's sustained rate. */
    public static final Dimension COMPUTE_RATE = COMPUTE.divide(TIME);
    /** FLOP per token: 6 for each parameter in training, 2 in inference. */
    public static final Dimension COMPUTE_PER_TOKEN = COMPUTE.divide(TOKENS);
    public static final Dimension POWER = ENERGY.divide(TIME);
    public static final Dimension INTENSITY = CO2E.divide(ENERGY);
    public static final Dimension WATER_PER_ENERGY = WATER.divide(ENERGY);
    public static final Dimension ENERGY_PER_OUTPUT = ENERGY.divide(OUTPUTS);
    public static final Dimension ENERGY_PER_TOKEN = ENERGY.divide(TOKENS);
    public static final Dimension CO2E_PER_OUTPUT = CO2E.divide(OUTPUTS);
    public static final Dimension OUTPUT_RATE = OUTPUTS.divide(TIME);

    private static final String[] BASE_NAMES = {"energy", "time", "CO2e", "water", "outputs", "tokens", "FLOP"};

    public Dimension multiply(Dimension o) {
        return new Dimension(energy + o.energy, time + o.time, co2e + o.co2e, water + o.water,
                output + o.output, token + o.token, compute + o.compute);
    }

    public Dimension divide(Dimension o) {
        return multiply(o.power(-1));
    }

    public Dimension power(int n) {
        return new Dimension(energy * n, time * n, co2e * n, water * n, output * n, token * n, compute * n);
    }

    public boolean isDimensionless() {
        return equals(NONE);
    }

    private int[] exponents() {
        return new int[] {energy, time, co2e, water, output, token, compute};
    }

    /** A name a user recognises: "energy", "power", "CO2e per energy", or the exponent form. */
    public String describe() {
        String known = knownName();
        return known != null ? known : exponentForm();
    }

    private String knownName() {
        if (equals(NONE)) return "a plain number";
        if (equals(ENERGY)) return "energy";
        if (equals(TIME)) return "time";
        if (equals(CO2E)) return "CO2e";
        if (equals(WATER)) return "water volume";
        if (equals(OUTPUTS)) return "a count of outputs";
        if (equals(TOKENS)) return "a count of tokens";
        if (equals(POWER)) return "power";
        if (equals(INTENSITY)) return "carbon intensity (CO2e per energy)";
        if (equals(WATER_PER_ENERGY)) return "water per energy";
        if (equals(ENERGY_PER_OUTPUT)) return "energy per output";
        if (equals(ENERGY_PER_TOKEN)) return "energy per token";
        if (equals(CO2E_PER_OUTPUT)) return "CO2e per output";
        if (equals(OUTPUT_RATE)) return "outputs per time";
        if (equals(COMPUTE)) return "compute (FLOP)";
        if (equals(COMPUTE_RATE)) return "compute per time (FLOP/s)";
        if (equals(COMPUTE_PER_TOKEN)) return "compute per token";
        return null;
    }

    private String exponentForm() {
        int[] e = exponents();
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            if (e[i] == 0) continue;
            String term = BASE_NAMES[i] + (Math.abs(e[i]) > 1 ? "^" + Math.abs(e[i]) : "");
            (e[i] > 0 ? num : den).add(term);
        }
        String n = num.isEmpty() ? "1" : String.join("·", num);
        return den.isEmpty() ? n : n + " per " + String.join("·", den);
    }

    @Override
    public String toString() {
        return describe();
    }
}
