package org.gtrace.stdlib.grid;

import org.gtrace.stdlib.errors.Field;
import java.util.Locale;
import org.gtrace.stdlib.errors.InputError;

/**
 * The accounting basis of a grid intensity: location- or market-based, and lifecycle (including
 * upstream emissions of fuels and plants) or direct (combustion / operational only).
 */
public record GridBasis(Accounting accounting, Scope scope) {

    public enum Accounting { LOCATION, MARKET }

    /** UNSTATED: a market-based factor given without saying what it includes; it is labelled as written. */
    public enum Scope { LIFECYCLE, DIRECT, UNSTATED }

    public static final GridBasis LOCATION_LIFECYCLE = new GridBasis(Accounting.LOCATION, Scope.LIFECYCLE);
    public static final GridBasis LOCATION_DIRECT = new GridBasis(Accounting.LOCATION, Scope.DIRECT);
    public static final GridBasis MARKET_LIFECYCLE = new GridBasis(Accounting.MARKET, Scope.LIFECYCLE);
    public static final GridBasis MARKET_DIRECT = new GridBasis(Accounting.MARKET, Scope.DIRECT);

    public GridBasis {
        java.util.Objects.requireNonNull(accounting, "accounting");
        java.util.Objects.requireNonNull(scope, "scope");
    }

    /** "location-based, lifecycle"; "market-based" when the scope was not stated. */
    public String describe() {
        String a = accounting.name().toLowerCase(Locale.ROOT) + "-based";
        return scope == Scope.UNSTATED ? a : a + ", " + scope.name().toLowerCase(Locale.ROOT);
    }

    /** Whether a figure on {@code figure}'s basis answers a request for this one (an unstated scope takes either). */
    public boolean accepts(GridBasis figure) {
        return accounting == figure.accounting && (scope == Scope.UNSTATED || scope == figure.scope);
    }

    /** Parses "location" / "market" (optionally "-based"). */
    public static Accounting accounting(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replace("-based", "").replace(" based", "").strip()) {
            case "location" -> Accounting.LOCATION;
            case "market" -> Accounting.MARKET;
            default -> throw new InputError(Field.BASIS, "unknown accounting basis '" + word + "'", "write location or market");
        };
    }

    /** Parses "lifecycle" / "direct" (also "life-cycle", "operational", "combustion"). */
    public static Scope scope(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replace("-", "").strip()) {
            case "lifecycle", "lca" -> Scope.LIFECYCLE;
            case "direct", "operational", "combustion" -> Scope.DIRECT;
            default -> throw new InputError(Field.BASIS, "unknown emissions scope '" + word + "'", "write lifecycle or direct");
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
