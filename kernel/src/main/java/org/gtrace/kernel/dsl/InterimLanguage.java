package org.gtrace.kernel.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.UnitError;
import org.gtrace.stdlib.units.Units;

/**
 * A stand-in for the grammar module's Session while it is being built: {@code let x = 3 kWh}
 * binds, a bare name shows its value. Replaced by the real language as soon as it lands.
 */
public final class InterimLanguage implements CellLanguage {

    private static final Pattern LET = Pattern.compile("let\\s+([A-Za-z_]\\w*)\\s*=\\s*(-?[0-9.]+)\\s*(.*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
    private final Map<String, Object> bindings = new LinkedHashMap<>();

    @Override
    public CellResult execute(String source, String origin) {
        List<Report> reports = new ArrayList<>();
        List<CellDiagnostic> errors = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length && errors.isEmpty(); i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            int col = lines[i].indexOf(line) + 1;
            statement(line, i + 1, col, reports, errors);
        }
        return new CellResult(errors.isEmpty() ? reports : List.of(), errors);
    }

    private void statement(String s, int line, int col, List<Report> reports, List<CellDiagnostic> errors) {
        Matcher let = LET.matcher(s);
        if (let.matches()) {
            try {
                String unit = let.group(3).strip();
                double v = Double.parseDouble(let.group(2));
                bindings.put(let.group(1), unit.isEmpty() ? Quantity.number(v) : Quantity.of(v, unit));
            } catch (UnitError e) {
                errors.add(new CellDiagnostic("UnitError", line, col + let.start(3), let.group(3).length(), e.getMessage(), ""));
            }
        } else if (NAME.matcher(s).matches()) {
            Object v = bindings.get(s);
            if (v == null) {
                errors.add(new CellDiagnostic("NameError", line, col, s.length(), "'" + s + "' is not defined", "declare it first"));
            } else if (v instanceof Quantity q) {
                reports.add(new Report(line, s, s, List.of(Metric.point(s, s, q, null)), null, List.of(), null, List.of()));
            } else {
                reports.add(Report.text(line, s, String.valueOf(v)));
            }
        } else {
            errors.add(new CellDiagnostic("SyntaxError", line, col, s.length(), "cannot read this statement", ""));
        }
    }

    @Override public List<String> names() { return List.copyOf(bindings.keySet()); }
    @Override public Object value(String name) { return bindings.get(name); }
    @Override public void bind(String name, Object value) { bindings.put(name, value); }
    @Override public void reset() { bindings.clear(); }
    @Override public void seed(long seed) { }

    @Override
    public Completion complete(String code, int cursor) {
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) start--;
        String prefix = code.substring(start, cursor);
        List<String> out = new ArrayList<>();
        for (String n : bindings.keySet()) if (n.startsWith(prefix)) out.add(n);
        for (String u : Units.symbols()) if (!prefix.isEmpty() && u.startsWith(prefix)) out.add(u);
        if ("let".startsWith(prefix)) out.add("let");
        return new Completion(out, start, cursor);
    }

    @Override
    public String inspect(String code, int cursor) {
        return code.contains("let") ? "**let** NAME = VALUE UNIT — binds a quantity" : null;
    }

    @Override
    public String isComplete(String code) {
        int open = 0;
        for (char c : code.toCharArray()) open += c == '<' ? 1 : c == '>' ? -1 : 0;
        return open > 0 ? "incomplete" : open < 0 ? "invalid" : "complete";
    }
}
