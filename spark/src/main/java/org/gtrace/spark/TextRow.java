package org.gtrace.spark;

/** What a row Spark could not split into the header's columns holds. */
final class TextRow {

    private TextRow() {}

    /** How many values a row of text holds, separators inside double quotes not counted. */
    static int values(String row, char separator) {
        int values = 1;
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) values++;
        }
        return values;
    }
}
