package org.gtrace.stdlib.inference;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.DisplayUnits;

/**
 * The layers a per-output figure leaves out, multiplied in on the way to facility energy: the
 * host (f_host: server energy over accelerator energy), idle and provisioned capacity (f_idle:
 * serving-stack energy over active-server energy) and the facility (PUE). Each is the user's
 * value or a cited default, and only a layer outside the figure's boundary is added. A figure
 * with no stated boundary is taken as given, unless the user gives a layer: giving it says the
 * figure leaves that layer out.
 */
final class ServingLayers {

    /** One layer: the factor multiplied in (1 when the figure includes it), what it means and where it comes from. */
    record Layer(String symbol, String name, UncertainQuantity factor, String meaning, Source source, boolean applied) {}

    /** The user's factors, each null when not given. */
    record Given(UncertainQuantity host, UncertainQuantity idle, UncertainQuantity pue) {
        static final Given NONE = new Given(null, null, null);
    }

    /**
     * @param layers    host, idle, PUE, in that order
     * @param itDivisor what facility energy is divided by to give IT energy (for on-site water)
     */
    record Result(List<Layer> layers, UncertainQuantity itDivisor, List<String> notes) {
        UncertainQuantity factor(String symbol) {
            return layers.stream().filter(l -> l.symbol().equals(symbol)).findFirst().orElseThrow().factor();
        }

        /** The layers a derivation shows: those applied, and PUE always (saying why it is not, when not). */
        List<Layer> shown() {
            return layers.stream().filter(l -> l.applied() || l.symbol().equals(PUE)).toList();
        }

        /** f_host × f_idle × PUE. */
        UncertainQuantity product() {
            UncertainQuantity p = null;
            for (Layer l : layers) p = p == null ? l.factor() : p.times(l.factor());
            return p;
        }
    }

    static final String HOST = "f_host", IDLE = "f_idle", PUE = "PUE";

    private ServingLayers() {}

    static Result apply(EnergyPerOutput e, Given given, String where) {
        EnergyBoundary b = e.boundary();
        List<String> notes = new ArrayList<>();
        boolean stated = b != EnergyBoundary.UNSPECIFIED;
        Layer host = layer(HOST, stated && b.excludesHost(), given.host(), InferenceDefaults.host(), e, where, notes);
        Layer idle = layer(IDLE, stated && b.excludesIdle(), given.idle(), InferenceDefaults.idle(), e, where, notes);
        Layer pue = layer(PUE, stated && b.excludesFacilityOverhead(), given.pue(), InferenceDefaults.pue(), e, where, notes);
        if (b == EnergyBoundary.FACILITY) {
            notes.add("PUE not applied: the per-output figure already includes facility overhead"
                    + (given.pue() == null ? "" : "; your PUE only splits IT energy out for on-site water"));
        } else if (!stated && given.host() == null && given.idle() == null && given.pue() == null) {
            notes.add("PUE not applied: the per-output energy was taken as given (facility energy); give pue if it is IT energy only");
        }
        UncertainQuantity itDivisor = b == EnergyBoundary.FACILITY && given.pue() != null ? given.pue() : pue.factor();
        return new Result(List.of(host, idle, pue), itDivisor, notes);
    }

    /**
     * The layer's factor: the user's where given and the figure leaves the layer out (or states
     * no boundary), the cited default where the figure leaves it out, else 1.
     */
    private static Layer layer(String symbol, boolean excluded, UncertainQuantity given, Figure dflt, EnergyPerOutput e,
                               String where, List<String> notes) {
        boolean unstated = e.boundary() == EnergyBoundary.UNSPECIFIED;
        String label = label(symbol);
        if (given != null && (excluded || unstated)) {
            notes.add(label + " " + text(given) + " applied: " + (!unstated ? "the per-output figure is " + e.boundary().description()
                    : symbol.equals(PUE) ? "the per-output energy given was taken as IT energy"
                    : "the per-output energy given was taken as leaving out " + name(symbol)));
            return new Layer(symbol, name(symbol), given, label + " (your input)", Source.userInput(where), true);
        }
        if (excluded) {
            notes.add(label + " " + DisplayUnits.number(dflt.value()) + " applied (default " + dflt.id() + ", " + dflt.year()
                    + "): the per-output figure is " + e.boundary().description() + "; give " + word(symbol) + " to override");
            return new Layer(symbol, name(symbol), UncertainQuantity.number(dflt.value()), label + " (default: " + dflt.subject() + ")",
                    dflt.source(), true);
        }
        if (given != null && !symbol.equals(PUE)) {
            notes.add("your " + word(symbol) + " is not applied: the per-output figure already includes " + name(symbol));
        }
        return new Layer(symbol, name(symbol), UncertainQuantity.number(1),
                label + (unstated ? " not applied: the per-output energy is taken as given" : " not applied: the figure includes " + name(symbol)),
                e.source(), false);
    }

    private static String label(String symbol) {
        return switch (symbol) {
            case HOST -> "host factor";
            case IDLE -> "idle factor";
            default -> "PUE";
        };
    }

    private static String name(String symbol) {
        return switch (symbol) {
            case HOST -> "the host (CPU, memory, rest of the server)";
            case IDLE -> "idle and provisioned capacity";
            default -> "facility overhead";
        };
    }

    /** The property that overrides the layer. */
    static String word(String symbol) {
        return switch (symbol) {
            case HOST -> "host_factor";
            case IDLE -> "idle_factor";
            default -> "pue";
        };
    }

    private static String text(UncertainQuantity q) {
        return q.isPoint() ? DisplayUnits.number(q.centralBase()) : q.describe();
    }
}
