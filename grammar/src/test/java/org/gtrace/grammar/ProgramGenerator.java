package org.gtrace.grammar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random statements from the language's own vocabulary: mostly well-formed, often ill-typed. */
final class ProgramGenerator {

    private ProgramGenerator() {}

    static Arbitrary<String> names() {
        return Arbitraries.of("a", "b", "ghibli", "chat", "gpt3", "FRA", "USA", "world", "t", "x");
    }

    static Arbitrary<String> quantities() {
        Arbitrary<String> number = Arbitraries.of("0", "1", "0.006", "700M", "1.2B", "35K", "-3", "1e9", "429", "100%", "40%");
        Arbitrary<String> unit = Arbitraries.of("", " kWh", " Wh", " MWh", " g/kWh", " t", " kg", " h", " days", " W",
                " L/kWh", " images", " Wh/image", " tokens", " %");
        return Combinators.combine(number, unit).as((n, u) -> n + u);
    }

    static Arbitrary<String> exprs() {
        return Arbitraries.lazyOf(
                ProgramGenerator::quantities,
                ProgramGenerator::names,
                () -> Combinators.combine(quantities(), Arbitraries.of(" + ", " - ", " * ", " / ", " .. ", " ± "), exprs())
                        .as((a, op, b) -> a + op + b),
                () -> Combinators.combine(Arbitraries.of("emissions ", "energy ", "water "), names()).as((m, n) -> m + n),
                () -> Combinators.combine(Arbitraries.of("lognormal", "normal", "uniform", "poisson", "sum", "logistic"),
                        exprs(), exprs()).as((f, a, b) -> f + "(" + a + ", " + b + ")"),
                () -> exprs().map(e -> "(" + e + ")"));
    }

    static Arbitrary<String> properties() {
        Arbitrary<String> name = Arbitraries.of("queries", "energy", "pue", "region", "wue", "intensity", "basis",
                "accelerator", "count", "duration", "power", "utilisation", "users", "days", "adoption", "budget", "telemetry");
        Arbitrary<String> value = Arbitraries.oneOf(exprs(), Arbitraries.of("FRA", "USA 40%, FRA 60%", "market", "A100", "yes", ""));
        return Combinators.combine(name, value).as((n, v) -> n + " " + v).list().ofMaxSize(5).map(l -> String.join("; ", l));
    }

    static Arbitrary<String> statements() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("workload image", "workload text", "workload", "training", "region",
                        "simulate", "assess"), names(), properties()).as((k, n, p) -> k + " " + n + " < " + p + " >"),
                Combinators.combine(names(), names(), properties()).as((n, b, p) -> "scenario " + n + " from " + b + " < " + p + " >"),
                Combinators.combine(names(), exprs()).as((n, e) -> "let " + n + " = " + e),
                Combinators.combine(exprs(), exprs()).as((a, b) -> "expect " + a + " == " + b + " ± 1%"),
                Combinators.combine(Arbitraries.of("emissions", "energy", "water", "explain", "table", "chart", "equivalents"), names())
                        .as((q, n) -> q + " " + n),
                Combinators.combine(names(), names()).as((a, b) -> "compare " + a + " across " + b),
                Combinators.combine(names(), names()).as((a, b) -> "lifecycle " + a + " with " + b),
                exprs());
    }
}
