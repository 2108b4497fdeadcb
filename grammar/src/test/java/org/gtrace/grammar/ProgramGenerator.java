package org.gtrace.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random statements from the language's own vocabulary: mostly well-formed, often ill-typed.
 * Seeded, so a failing case is reproduced by its seed alone.
 */
final class ProgramGenerator {

    private static final String[] NAMES = {"a", "b", "ghibli", "chat", "gpt3", "FRA", "USA", "world", "t", "x"};
    private static final String[] NUMBERS = {"0", "1", "0.006", "700M", "1.2B", "35K", "-3", "1e9", "429", "100%", "40%"};
    private static final String[] UNITS = {"", " kWh", " Wh", " MWh", " g/kWh", " t", " kg", " h", " days", " W",
        " L/kWh", " images", " Wh/image", " tokens", " %"};
    private static final String[] OPERATORS = {" + ", " - ", " * ", " / ", " .. ", " ± "};
    private static final String[] METRICS = {"emissions ", "energy ", "water "};
    private static final String[] FUNCTIONS = {"lognormal", "normal", "uniform", "poisson", "sum", "logistic"};
    private static final String[] PROPERTIES = {"queries", "energy", "pue", "region", "wue", "intensity", "basis",
        "accelerator", "count", "duration", "power", "utilisation", "users", "days", "adoption", "budget", "telemetry"};
    private static final String[] WORD_VALUES = {"FRA", "USA 40%, FRA 60%", "market", "A100", "yes", ""};
    private static final String[] DECLARATIONS = {"workload image", "workload text", "workload", "training", "region",
        "simulate", "assess"};
    private static final String[] QUERIES = {"emissions", "energy", "water", "explain", "table", "chart", "equivalents"};
    private static final int MAX_DEPTH = 6;

    private final SplittableRandom rnd;

    ProgramGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** A program of 1 to 12 statements. */
    String program() {
        int n = 1 + rnd.nextInt(12);
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lines.add(statement());
        return String.join("\n", lines);
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    String name() {
        return pick(NAMES);
    }

    String quantity() {
        return pick(NUMBERS) + pick(UNITS);
    }

    String expr() {
        return expr(0);
    }

    private String expr(int depth) {
        int choice = rnd.nextInt(depth >= MAX_DEPTH ? 2 : 6);
        return switch (choice) {
            case 0 -> quantity();
            case 1 -> name();
            case 2 -> quantity() + pick(OPERATORS) + expr(depth + 1);
            case 3 -> pick(METRICS) + name();
            case 4 -> pick(FUNCTIONS) + "(" + expr(depth + 1) + ", " + expr(depth + 1) + ")";
            default -> "(" + expr(depth + 1) + ")";
        };
    }

    String properties() {
        int n = rnd.nextInt(6);
        List<String> props = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String value = rnd.nextBoolean() ? expr() : pick(WORD_VALUES);
            props.add(pick(PROPERTIES) + " " + value);
        }
        return String.join("; ", props);
    }

    String statement() {
        return switch (rnd.nextInt(8)) {
            case 0 -> pick(DECLARATIONS) + " " + name() + " < " + properties() + " >";
            case 1 -> "scenario " + name() + " from " + name() + " < " + properties() + " >";
            case 2 -> "let " + name() + " = " + expr();
            case 3 -> "expect " + expr() + " == " + expr() + " ± 1%";
            case 4 -> pick(QUERIES) + " " + name();
            case 5 -> "compare " + name() + " across " + name();
            case 6 -> "lifecycle " + name() + " with " + name();
            default -> expr();
        };
    }
}
