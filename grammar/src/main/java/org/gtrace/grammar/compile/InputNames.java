package org.gtrace.grammar.compile;

/**
 * Names the uncertain inputs written in one place: the first is the place's name ("ghibli.energy",
 * a let's name), the next ones get "#2", "#3"... An input's name seeds its draws, so running the
 * same statement again draws the same values, and two places never share an input by accident.
 */
final class InputNames {
    private final String where;
    private int count;

    private InputNames(String where) {
        this.where = where;
    }

    static InputNames at(String where) {
        return new InputNames(where);
    }

    String where() {
        return where;
    }

    String next() {
        count++;
        return count == 1 ? where : where + "#" + count;
    }
}
