package org.gtrace.grammar.check;

import org.gtrace.grammar.ast.Block;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.diag.Diagnostics;
import org.gtrace.grammar.diag.Kind;

/** What a declaration must say to be computable (a volume and an energy, a duration and a power…). */
final class Requirements {

    private Requirements() {}

    static void workload(Stmt.Workload w, Diagnostics d) {
        Block b = w.block();
        boolean volume = Schemas.Volume.WORDS.stream().anyMatch(v -> b.get(v).isPresent())
                || has(b, "tokens") || has(b, "rate") || has(b, "footage");
        if (!volume) {
            d.error(Kind.PROPERTY, w.name().span(), "workload '" + w.name().text() + "' needs a volume",
                    "add one of: queries 700M, images 1M, tokens 2B, rate 35K images/day with period 60 days");
        }
        if (has(b, "rate") && !has(b, "period")) {
            d.error(Kind.PROPERTY, b.get("rate").get().span(), "a rate needs a period", "add period 60 days");
        }
        boolean energy = has(b, "energy") || has(b, "energy_per_token") || has(b, "preset")
                || has(b, "active_params") || has(b, "steps") || has(b, "resolution") || has(b, "length");
        if (!energy) {
            d.error(Kind.PROPERTY, w.name().span(), "workload '" + w.name().text() + "' needs an energy per output",
                    "add energy 0.006 kWh, a preset, or the parametric inputs (output_tokens and active_params for text)");
        }
    }

    static void training(Name name, Block b, Diagnostics d) {
        if (has(b, "energy")) return;
        boolean time = has(b, "accelerator_hours") || (has(b, "duration") && has(b, "count"));
        boolean power = has(b, "power") || has(b, "accelerator");
        if (!time || !power) {
            d.error(Kind.PROPERTY, name.span(), "training '" + name.text() + "' needs its energy or how it ran",
                    "add energy 1287 MWh, or accelerator A100 with count 1024 and duration 30 days (or accelerator_hours)");
        }
    }

    static void simulation(Stmt.Simulate s, Diagnostics d) {
        Block b = s.block();
        if (!has(b, "users")) {
            d.error(Kind.PROPERTY, s.name().span(), "simulation '" + s.name().text() + "' needs users", "add users 130M");
        }
        if (!has(b, "days")) {
            d.error(Kind.PROPERTY, s.name().span(), "simulation '" + s.name().text() + "' needs days", "add days 60");
        }
        if (s.base() == null && !has(b, "energy")) {
            d.error(Kind.PROPERTY, s.name().span(), "simulation '" + s.name().text() + "' needs an energy per output",
                    "add energy 0.006 kWh, or simulate from a workload: simulate " + s.name().text() + " from ghibli < … >");
        }
    }

    private static boolean has(Block b, String name) {
        return b.get(name).isPresent();
    }
}
