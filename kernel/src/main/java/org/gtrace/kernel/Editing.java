package org.gtrace.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gtrace.kernel.dsl.Completion;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.magic.Magic;

/**
 * Completion, inspection and is_complete for the editor. Cursor positions on the wire count
 * Unicode code points; Java strings count UTF-16 units, so both directions are converted here.
 */
final class Editing {

    private final CellRunner runner;

    Editing(CellRunner runner) {
        this.runner = runner;
    }

    Completion complete(String code, int cursorPoints) {
        int cursor = toIndex(code, cursorPoints);
        int start = wordStart(code, cursor);
        String word = code.substring(start, cursor);
        Completion c;
        if (word.startsWith("%")) {
            List<String> m = new ArrayList<>();
            for (String f : runner.magics().forms()) if (f.startsWith(word)) m.add(f);
            c = new Completion(m, m.stream().map(x -> "magic").toList(), start, cursor);
        } else if (isJava(code)) {
            int bodyStart = code.indexOf('\n') + 1;
            if (bodyStart <= 0 || cursor < bodyStart) {
                c = Completion.none(cursor);
            } else {
                Completion j = runner.java().complete(code.substring(bodyStart), cursor - bodyStart);
                c = new Completion(j.matches(), j.types(), j.start() + bodyStart, j.end() + bodyStart);
            }
        } else {
            c = runner.language().complete(code, cursor);
        }
        return new Completion(c.matches(), c.types(), toPoints(code, c.start()), toPoints(code, c.end()));
    }

    Bundle inspect(String code, int cursorPoints) {
        int cursor = toIndex(code, cursorPoints);
        int start = wordStart(code, cursor);
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) end++;
        String word = code.substring(start, end);
        if (word.startsWith("%")) {
            return runner.magics().find(word.replaceFirst("^%+", "")).map(Magic::help).map(Editing::markdown).orElse(null);
        }
        if (isJava(code)) return null;
        String md = runner.language().inspect(code, cursor);
        return md == null ? null : markdown(md);
    }

    String isComplete(String code) {
        if (code.stripLeading().startsWith("%%") || code.stripLeading().startsWith("%")) return "complete";
        return runner.language().isComplete(code);
    }

    private static boolean isJava(String code) {
        return code.stripLeading().startsWith("%%java");
    }

    private static Bundle markdown(String md) {
        return new Bundle(Map.of("text/plain", org.gtrace.kernel.render.MarkdownText.plain(md), "text/markdown", md), Map.of(), null);
    }

    private static int wordStart(String code, int cursor) {
        int i = cursor;
        while (i > 0 && (Character.isJavaIdentifierPart(code.charAt(i - 1)) || code.charAt(i - 1) == '%')) i--;
        return i;
    }

    static int toIndex(String s, int points) {
        int max = s.codePointCount(0, s.length());
        return s.offsetByCodePoints(0, Math.max(0, Math.min(points, max)));
    }

    static int toPoints(String s, int index) {
        return s.codePointCount(0, Math.max(0, Math.min(index, s.length())));
    }
}
