package org.gtrace.stdlib.pyramid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gtrace.stdlib.units.Quantity;

/** The actions for every level not yet passed, each with the CO2e it would save over the period. */
final class Actions {
    private Actions() {}

    static List<Action> suggest(Deployment d, Footprint f, PyramidPolicy p, List<LevelResult> levels) {
        List<Action> out = new ArrayList<>();
        for (LevelResult l : levels) {
            if (l.passed()) continue;
            switch (l.level()) {
                case 1 -> none(out, 1, "Measure or estimate the energy per output (a G-TRACE workload estimate is a start)");
                case 2 -> none(out, 2, String.format(Locale.ROOT, "Declare the serving region of the remaining %.0f%% of the load",
                        (1 - d.regionShareKnown()) * 100));
                case 3 -> transparency(out, d, p);
                case 4 -> budget(out, d, f);
                case 5 -> optimise(out, d, f, p);
                case 6 -> route(out, d, f, p);
                case 7 -> stewardship(out, d);
                default -> { }
            }
        }
        return out;
    }

    private static void none(List<Action> out, int level, String what) {
        out.add(new Action(level, what, Quantity.kgCO2e(0), "no direct saving: it makes the next levels measurable"));
    }

    private static void transparency(List<Action> out, Deployment d, PyramidPolicy p) {
        if (d.telemetryCoverage() < p.telemetryCoverageMin()) {
            none(out, 3, String.format(Locale.ROOT, "Meter energy on %.0f%% more of the serving fleet (now %.0f%%, gate %.0f%%)",
                    (p.telemetryCoverageMin() - d.telemetryCoverage()) * 100, d.telemetryCoverage() * 100,
                    p.telemetryCoverageMin() * 100));
        }
        if (!d.publishesPerOutput()) none(out, 3, "Publish per-output energy and CO2e figures");
    }

    private static void budget(List<Action> out, Deployment d, Footprint f) {
        Double g = f.gramsPerOutput(d);
        if (d.budgetGramsPerOutput() == null) {
            none(out, 4, "Set a per-output CO2e budget" + (g == null ? "" : String.format(Locale.ROOT,
                    " (today %.3g gCO2e per output)", g)));
            return;
        }
        if (g == null || g <= d.budgetGramsPerOutput()) return;
        double savingKg = (g - d.budgetGramsPerOutput()) * d.outputs() / 1000;
        out.add(new Action(4, String.format(Locale.ROOT, "Bring per-output CO2e from %.3g g to the %.3g g budget", g,
                d.budgetGramsPerOutput()), Quantity.kgCO2e(savingKg),
                "(current − budget) gCO2e/output × outputs"));
    }

    private static void optimise(List<Action> out, Deployment d, Footprint f, PyramidPolicy p) {
        if (f.co2eKg() == null) return;
        double target = d.baselineEnergyPerOutputKWh() == null
                ? d.energyPerOutputKWh() * (1 - p.optimisationGainMin())
                : d.baselineEnergyPerOutputKWh() * (1 - p.optimisationGainMin());
        double cut = 1 - target / d.energyPerOutputKWh();
        if (cut <= 0) return;
        out.add(new Action(5, String.format(Locale.ROOT,
                "Cut energy per output by %.0f%% (to %.3g Wh): quantisation, distillation, caching, fewer steps",
                cut * 100, target * 1000), Quantity.kgCO2e(f.co2eKg() * cut),
                "CO2e × fraction of per-output energy cut"));
    }

    private static void route(List<Action> out, Deployment d, Footprint f, PyramidPolicy p) {
        if (f.energyKWh() == null || d.regions().isEmpty()) return;
        RegionLoad dirtiest = d.regions().stream().filter(r -> r.share() > 0)
                .max(Comparator.comparingDouble(RegionLoad::intensityKgPerKWh)).orElse(null);
        List<RegionLoad> targets = new ArrayList<>(d.regions());
        targets.addAll(d.routingCandidates());
        RegionLoad cleanest = targets.stream().min(Comparator.comparingDouble(RegionLoad::intensityKgPerKWh)).orElseThrow();
        if (dirtiest == null || cleanest.intensityKgPerKWh() >= dirtiest.intensityKgPerKWh()) return;
        double needed = Math.max(p.carbonAwareShareMin() - d.carbonAwareShare(), 0);
        double moved = Math.min(dirtiest.share(), needed > 0 ? needed : dirtiest.share());
        double savingKg = f.energyKWh() * moved * (dirtiest.intensityKgPerKWh() - cleanest.intensityKgPerKWh());
        out.add(new Action(6, String.format(Locale.ROOT, "Route %.0f%% of the load from %s (%.0f g/kWh) to %s (%.0f g/kWh)",
                moved * 100, dirtiest.name(), dirtiest.intensityKgPerKWh() * 1000, cleanest.name(),
                cleanest.intensityKgPerKWh() * 1000), Quantity.kgCO2e(savingKg),
                "energy × share moved × (intensity from − intensity to)"));
    }

    private static void stewardship(List<Action> out, Deployment d) {
        if (!d.targetsTracked()) none(out, 7, "Set reduction targets (per output and absolute) and track them");
        if (!d.policyInPlace()) none(out, 7, "Adopt a stewardship policy: who owns the budget, how routing and model choice are governed");
        if (!d.publicDisclosure()) none(out, 7, "Publish an annual disclosure with method and boundary");
    }
}
