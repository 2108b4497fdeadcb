package org.gtrace.stdlib.provenance;

import java.util.Objects;

/**
 * Where a number comes from. Every default a user can see carries one; values a user typed carry
 * {@link #userInput}; values this project had to assume carry {@link #assumption} so that they
 * show up as such in every explanation.
 *
 * @param id        stable key, e.g. {@code grid.world.2023} or {@code owid-ember:FRA}
 * @param title     what the number is, in a few words
 * @param citation  URL or bibliographic reference
 * @param year      year the figure refers to (0 when not applicable)
 * @param licence   licence of the dataset it was taken from, or "fact (cited)"
 * @param kind      how much to trust it: verified, secondary, derived, brief, user, assumption
 * @param boundary  what the figure includes (GPU only, whole server, with PUE...), or ""
 */
public record Source(String id, String title, String citation, int year, String licence, String kind,
                     String boundary) {

    public Source {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        citation = Objects.requireNonNullElse(citation, "");
        licence = Objects.requireNonNullElse(licence, "");
        kind = Objects.requireNonNullElse(kind, "");
        boundary = Objects.requireNonNullElse(boundary, "");
    }

    public static Source userInput(String where) {
        return new Source("user", "given in " + where, "", 0, "", "user", "");
    }

    public static Source assumption(String id, String title, String why) {
        return new Source(id, title, why, 0, "this project's assumption", "assumption", "");
    }

    public boolean isUserInput() {
        return kind.equals("user");
    }

    /** One line: "World average grid intensity (Ember, lifecycle), 2023 — statista.com/… [CC BY 4.0]". */
    public String line() {
        StringBuilder b = new StringBuilder(title.isEmpty() ? id : title);
        if (year > 0) b.append(", ").append(year);
        if (!citation.isEmpty()) b.append(" — ").append(citation);
        if (!licence.isEmpty()) b.append(" [").append(licence).append(']');
        if (!boundary.isEmpty()) b.append(" (boundary: ").append(boundary).append(')');
        return b.toString();
    }
}
