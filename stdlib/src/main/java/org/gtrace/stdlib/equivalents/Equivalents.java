package org.gtrace.stdlib.equivalents;

import org.gtrace.stdlib.errors.Field;
import java.util.ArrayList;
import java.util.List;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A result expressed as car kilometres (from CO2e), smartphone charges and household-days of
 * electricity (from energy), each from a cited factor of an {@link EquivalenceSet} (US by default,
 * UK on request, any factor the user's own). Energy-based equivalents do not depend on the grid;
 * the car one does not depend on energy.
 */
public final class Equivalents {

    private final String subject;
    private final EquivalenceSet set;
    private final List<Equivalent> items;

    private Equivalents(String subject, EquivalenceSet set, List<Equivalent> items) {
        this.subject = subject;
        this.set = set;
        this.items = List.copyOf(items);
    }

    /** Equivalents with the default (US) factors. */
    public static Equivalents of(String subject, Quantity energy, Quantity co2e) {
        return of(subject, energy, co2e, EquivalenceSet.defaults());
    }

    /** Equivalents of a result with this energy and CO2e (either may be null to skip the ones it drives). */
    public static Equivalents of(String subject, Quantity energy, Quantity co2e, EquivalenceSet set) {
        List<Equivalent> out = new ArrayList<>();
        if (co2e != null) out.add(car(Check.nonNegative(co2e, Dimension.CO2E, Field.EQUIVALENT_CO2E, "2,019 tCO2e"), set.car()));
        if (energy != null) {
            Check.nonNegative(energy, Dimension.ENERGY, Field.EQUIVALENT_ENERGY, "4,200 MWh");
            out.add(smartphone(energy, set.smartphone()));
            out.add(household(energy, set.household()));
        }
        return new Equivalents(subject, set, out);
    }

    static Equivalent car(Quantity co2e, EquivalenceSet.Factor f) {
        double km = EquivalentEquations.carKm(co2e.base(), f.value());
        Derivation d = Derivation.of("car km", "km = C / c_km")
                .input("C", "CO2e", co2e, null)
                .input("c_km", label(f), new Quantity(f.value(), Dimension.CO2E), f.source())
                .result(Quantity.number(km));
        return new Equivalent("car km", "car_km", Quantity.number(km), "km", f.source(), d);
    }

    static Equivalent smartphone(Quantity energy, EquivalenceSet.Factor f) {
        double n = EquivalentEquations.smartphoneCharges(energy.base(), f.value());
        Derivation d = Derivation.of("smartphone charges", "charges = E / e_charge")
                .input("E", "energy", energy, null).input("e_charge", label(f), Quantity.kWh(f.value()), f.source())
                .result(Quantity.number(n));
        return new Equivalent("smartphone charges", "smartphone_charges", Quantity.number(n), "charges", f.source(), d);
    }

    static Equivalent household(Quantity energy, EquivalenceSet.Factor f) {
        double days = EquivalentEquations.householdDays(energy.base(), f.value());
        Derivation d = Derivation.of("household-days of electricity", "days = E / (E_year / 365)")
                .input("E", "energy", energy, null)
                .input("E_year", label(f), Quantity.kWh(f.value()), f.source())
                .result(Quantity.number(days));
        return new Equivalent("household-days of electricity", "household_days", Quantity.number(days), "household-days",
                f.source(), d);
    }

    private static String label(EquivalenceSet.Factor f) {
        return f.as().isEmpty() ? f.what() : f.what() + " (" + f.as() + ")";
    }

    /** The factors used. */
    public EquivalenceSet set() {
        return set;
    }

    public List<Equivalent> items() {
        return items;
    }

    private static Measure measure(String key) {
        for (Measure m : Measure.values()) if (m.key().equals(key)) return m;
        throw new IllegalStateException("no measure for the equivalent '" + key + "'");
    }

    /** The equivalent with this key ("car_km", "smartphone_charges", "household_days"). */
    public Equivalent get(String key) {
        return items.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no equivalent '" + key + "' in this result"));
    }

    public Table table() {
        return Table.create("Equivalents of " + subject,
                StringColumn.create("equivalent", items.stream().map(Equivalent::name).toList()),
                DoubleColumn.create("value", items.stream().mapToDouble(e -> e.value().base()).toArray()),
                StringColumn.create("unit", items.stream().map(Equivalent::unit).toList()),
                StringColumn.create("source", items.stream().map(e -> e.source().id()).toList()));
    }

    private boolean anyUserFactor() {
        return items.stream().anyMatch(e -> e.source().isUserInput());
    }

    private String otherSets() {
        List<String> others = org.gtrace.stdlib.data.EquivalenceFactors.sets().stream().filter(n -> !n.equals(set.name())).toList();
        return others.isEmpty() ? set.name() : String.join(" or ", others);
    }

    public Report toReport(int line) {
        List<Metric> metrics = items.stream().map(e -> Metric.point(measure(e.key()), e.name(), e.value(), e.derivation())).toList();
        List<String> notes = new ArrayList<>();
        notes.add("factors: the " + set.name().toUpperCase(java.util.Locale.ROOT) + " set"
                + (anyUserFactor() ? ", with the factors given here" : "") + "; choose another with set equivalents "
                + otherSets());
        for (Equivalent e : items) {
            notes.add(e.name() + ": " + DisplayUnits.number(e.value().base()) + " " + e.unit() + " — " + e.source().line());
        }
        return new Report(line, subject, "Equivalents of " + subject, metrics, table(), List.of(), null, notes);
    }
}
