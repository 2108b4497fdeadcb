package org.gtrace.grammar.edit;

import java.util.Map;
import java.util.Optional;
import org.gtrace.grammar.check.Catalog;
import org.gtrace.grammar.check.Domain;
import org.gtrace.grammar.check.Functions;
import org.gtrace.grammar.check.PropertySpec;
import org.gtrace.grammar.check.Type;
import org.gtrace.stdlib.units.Units;

/** Inspection (Shift+Tab): what the word at the cursor is, its default and source, as Markdown. */
public final class Inspector {

    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("workload", "Declares an inference workload: `workload image ghibli < queries 700M; energy 0.006 kWh >`."),
            Map.entry("training", "Declares a training run: `training gpt3 < energy 1287 MWh; intensity 429 g/kWh >`."),
            Map.entry("region", "Declares a region or grid: `region dc1 < intensity 120 g/kWh; basis market >`."),
            Map.entry("scenario", "Derives a scenario with overrides: `scenario green from ghibli < region FR >`."),
            Map.entry("simulate", "Runs the viral simulation: `simulate trend from ghibli < users 130M; days 60 >`."),
            Map.entry("assess", "Assesses a deployment on the AI Sustainability Pyramid (L1-L7): `assess ghibli < telemetry >`."),
            Map.entry("let", "Binds a value: `let total = 0.006 kWh * 700M`."),
            Map.entry("load", "Loads a CSV into a table: `load telemetry from \"data/telemetry.csv\"`."),
            Map.entry("set", "Sets a session default: `set seed 42`, `set basis market`, `set region FR`."),
            Map.entry("expect", "Fails the cell unless a value matches: `expect emissions ghibli == 2020 t ± 1%`."),
            Map.entry("chart", "Draws a chart: `chart emissions ghibli across US, FR, IN`."),
            Map.entry("table", "Shows a table: `table telemetry`, `table emissions ghibli by region`."),
            Map.entry("explain", "Shows the formula, the inputs and their sources: `explain emissions ghibli`."),
            Map.entry("equivalents", "Shows CO2e as car km, phone charges, household days: `equivalents ghibli`."),
            Map.entry("energy", "Energy of a workload, training run or simulation: `energy ghibli`."),
            Map.entry("emissions", "Energy, CO2e and water of a declared thing: `emissions ghibli`."),
            Map.entry("water", "Water of a workload: `water ghibli`."),
            Map.entry("compare", "Compares scenarios or regions: `compare ghibli, green` or `compare ghibli across US, FR`."),
            Map.entry("lifecycle", "Training amortised over outputs, inference share, break-even: `lifecycle gpt3 with chat`."));

    private final Catalog catalog;

    public Inspector(Catalog catalog) {
        this.catalog = catalog;
    }

    public Optional<String> inspect(String code, int cursor, Map<String, Type> names, Map<String, Object> values) {
        Context c = Context.at(code, cursor);
        String word = code.substring(c.start(), c.end());
        if (word.isEmpty()) return Optional.empty();
        Optional<String> figure = dottedId(code, cursor).flatMap(id -> catalog.describe(Domain.FIGURE, id));
        if (figure.isPresent()) return figure;
        if (KEYWORDS.containsKey(word) && !c.inBlock()) return Optional.of("**" + word + "** (statement)\n\n" + KEYWORDS.get(word));
        if (c.inBlock()) {
            PropertySpec spec = Completer.schemaOf(c, names).get(word);
            if (spec != null) return Optional.of(property(spec));
        }
        if (names.containsKey(word)) {
            Object v = values.get(word);
            return Optional.of("**" + word + "**: " + names.get(word).describe() + (v == null ? "" : "\n\n`" + v + "`"));
        }
        var fn = Functions.get(word);
        if (fn.isPresent()) return Optional.of("**" + word + "**(" + String.join(", ", fn.get().names()) + ")\n\n" + fn.get().doc());
        for (Domain d : Domain.values()) {
            if (catalog.contains(d, word)) {
                Optional<String> md = catalog.describe(d, word);
                if (md.isPresent()) return md;
            }
        }
        var unit = Units.simple(word);
        if (unit.isPresent()) return Optional.of("**" + word + "**: a unit of " + unit.get().dimension().describe());
        return Optional.empty();
    }

    /** The dotted word under the cursor (a preset or figure id such as video.cogvideox.5s_16fps), if it has a dot. */
    private static Optional<String> dottedId(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int start = at;
        while (start > 0 && idChar(code.charAt(start - 1))) start--;
        int end = at;
        while (end < code.length() && idChar(code.charAt(end))) end++;
        String id = code.substring(start, end);
        return id.indexOf('.') > 0 ? Optional.of(id) : Optional.empty();
    }

    private static boolean idChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-';
    }

    private static String property(PropertySpec spec) {
        StringBuilder b = new StringBuilder("**").append(spec.name()).append("** (property)\n\n").append(spec.doc());
        b.append("\n\nExample: `").append(spec.example()).append('`');
        if (!spec.dims().isEmpty()) {
            b.append("\n\nTakes ").append(String.join(" or ", spec.dims().stream().map(d -> d.describe()).toList()));
            if (Double.isFinite(spec.min()) || Double.isFinite(spec.max())) b.append(", ").append(spec.describeRange());
            b.append('.');
            if (spec.shape() == PropertySpec.Shape.QUANTITY) b.append(" It may be uncertain: a range, a ± or a distribution.");
            if (spec.shape() == PropertySpec.Shape.NUMBER) b.append(" One number: it sets the run and is not drawn.");
        }
        if (!spec.options().isEmpty()) b.append("\n\nOne of: ").append(String.join(", ", spec.options())).append('.');
        return b.toString();
    }
}
