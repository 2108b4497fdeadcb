package org.gtrace.grammar.compile;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file once, before Tablesaw does, and finds the first row that would load wrongly
 * or silently: a row with more or fewer values than the header, an empty value, NaN or infinity,
 * text in a column of numbers, a file that is empty, not text or not UTF-8. Tablesaw alone makes
 * such a column text, or a value missing (NaN), and the sums come out wrong later; here the user
 * is told the line and the column, and nothing is loaded.
 */
final class CsvCheck {

    /**
     * What the check keeps of a column: counts and its first value that is not a number. It kept
     * every value once, which for 10,000,000 rows of five columns was gigabytes.
     */
    private static final class ColumnSummary {
        long values;
        long numbers;
        long firstTextLine;
        String firstText;

        void add(long line, String v, boolean number) {
            values++;
            if (number) numbers++;
            else if (firstText == null) {
                firstTextLine = line;
                firstText = v;
            }
        }
    }

    /** More columns than a telemetry table ever has; beyond it a file is refused, not half-read. */
    static final int MAX_COLUMNS = 10_000;

    private CsvCheck() {}

    /** The first problem, as a sentence naming line and column, or null when the file is sound. */
    static String problem(Path file, char separator) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(separator);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(1 << 20);
        settings.setMaxColumns(MAX_COLUMNS);
        settings.setEmptyValue("");
        settings.setNullValue("");
        settings.setSkipEmptyLines(true);
        settings.setReadInputOnSeparateThread(false);
        settings.getFormat().setComment('\0'); // a row starting with # is data, as Tablesaw reads it
        CsvParser parser = new CsvParser(settings);
        try (Reader in = utf8(file)) {
            parser.beginParsing(in);
            String[] header = parser.parseNext();
            if (header == null) return "the file is empty: it needs a header line and at least one row";
            String bad = text(header, 1);
            if (bad != null) return bad;
            List<ColumnSummary> columns = new ArrayList<>();
            for (int i = 0; i < header.length; i++) columns.add(new ColumnSummary());
            String[] row;
            while ((row = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if ((line & 4095) == 0) org.gtrace.stdlib.uncertainty.CancelledException.ifInterrupted("loading the file");
                String problem = row(header, row, line, columns);
                if (problem != null) return problem;
            }
            if (columns.get(0).values == 0) return "the file has a header but no rows";
            for (int c = 0; c < header.length; c++) {
                String problem = mixed(header[c], columns.get(c));
                if (problem != null) return problem;
            }
            return null;
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof CharacterCodingException) return "the file is not UTF-8 text; save it as UTF-8";
            }
            if (e instanceof TextParsingException t) return unreadable(t);
            throw e;
        } finally {
            parser.stopParsing();
        }
    }

    /** What the parser gave up on, named: too many columns, a value without end, or else its own words. */
    private static String unreadable(TextParsingException t) {
        String at = "line " + (t.getLineIndex() + 1) + ": ";
        String m = String.valueOf(t.getMessage());
        if (m.contains("exceeded limit of " + MAX_COLUMNS + " columns") || t.getCause() instanceof ArrayIndexOutOfBoundsException) {
            return at + "more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_COLUMNS) + " columns; load reads tables"
                    + " with a column per quantity (check the separator: load t from \"f.csv\" < separator \";\" >)";
        }
        if (m.contains("exceeds the maximum number of characters")) {
            return at + "a value runs over a million characters, which is most often a quote opened and never closed";
        }
        return at + "the file cannot be read as CSV: " + m.lines().findFirst().orElse(m);
    }

    private static Reader utf8(Path file) throws IOException {
        return new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String text(String[] values, long line) {
        for (String v : values) {
            if (v != null && v.indexOf('\0') >= 0) return "line " + line + ": the file is not text (it has a NUL byte)";
        }
        return null;
    }

    private static String row(String[] header, String[] row, long line, List<ColumnSummary> columns) {
        String bad = text(row, line);
        if (bad != null) return bad;
        if (row.length != header.length) {
            return "line " + line + " has " + row.length + " value" + (row.length == 1 ? "" : "s") + " but the header has "
                    + header.length + " columns";
        }
        for (int c = 0; c < row.length; c++) {
            String v = row[c] == null ? "" : row[c].strip();
            if (v.isEmpty()) return "line " + line + ", column " + header[c] + ": the value is empty; fill it in or remove the row";
            boolean number = isNumber(v);
            if (number && !Double.isFinite(Double.parseDouble(v))) {
                return "line " + line + ", column " + header[c] + ": '" + v + "' is not a finite number";
            }
            columns.get(c).add(line, v, number);
        }
        return null;
    }

    /** A column that is mostly numbers must be all numbers: the first value that is not is the bad row. */
    private static String mixed(String name, ColumnSummary column) {
        long numbers = column.numbers;
        if (numbers == 0 || numbers == column.values || numbers * 2 < column.values) return null;
        return "line " + column.firstTextLine + ", column " + name + ": '" + shorten(column.firstText) + "' is not a number, but "
                + numbers + " of the column's " + column.values + " values are";
    }

    static boolean isNumber(String v) {
        if (v.isEmpty() || v.length() > 400) return false;
        char first = v.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.' || first == 'N' || first == 'I')) return false;
        try {
            Double.parseDouble(v);
            return !v.endsWith("d") && !v.endsWith("D") && !v.endsWith("f") && !v.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 37) + "…";
    }
}
