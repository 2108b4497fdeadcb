package org.gtrace.kernel.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown the kernel writes (explanations, expect results, listings) as HTML of the tags a
 * sanitized export keeps, for the same reason as {@link ReportHtml}: nbconvert's "Sanitize HTML"
 * escapes the {@code <p>}, {@code <h3>} and {@code <th>} its own markdown rendering makes. Only
 * that markdown: paragraphs, headings (as bold lines), pipe tables, "- " lists, and inline
 * {@code **bold**}, {@code `code`} and links. Everything else is text, escaped.
 */
public final class MarkdownHtml {

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*)");
    private static final Pattern SEPARATOR = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private MarkdownHtml() {}

    public static String render(String markdown) {
        // long source URLs wrap instead of running off the right edge
        StringBuilder b = new StringBuilder("<div class=\"gtrace-md\" style=\"overflow-wrap:anywhere\">");
        List<String> block = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (line.isBlank()) {
                block(block, b);
                block.clear();
            } else {
                block.add(line);
            }
        }
        block(block, b);
        return b.append("</div>").toString();
    }

    private static void block(List<String> lines, StringBuilder b) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                int end = i;
                while (end < lines.size() && lines.get(end).startsWith("|")) end++;
                table(lines.subList(i, end), b);
                i = end;
            } else if (line.startsWith("- ")) {
                b.append("<ul style=\"margin:.2em 0\">");
                while (i < lines.size() && lines.get(i).startsWith("- ")) b.append("<li>").append(inline(lines.get(i++).substring(2))).append("</li>");
                b.append("</ul>");
            } else {
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    b.append("<div style=\"margin:.6em 0 .2em\"><b>").append(inline(h.group(1))).append("</b></div>");
                    i++;
                } else {
                    List<String> para = new ArrayList<>();
                    while (i < lines.size() && !lines.get(i).startsWith("|") && !lines.get(i).startsWith("- ")
                            && !HEADING.matcher(lines.get(i)).matches()) {
                        para.add(inline(lines.get(i++)));
                    }
                    b.append("<div style=\"margin:.4em 0\">").append(String.join(" ", para)).append("</div>");
                }
            }
        }
    }

    private static void table(List<String> rows, StringBuilder b) {
        b.append("<table class=\"md\" style=\"border-collapse:collapse;margin:.3em 0\">");
        boolean head = rows.size() > 1 && SEPARATOR.matcher(rows.get(1).strip()).matches();
        for (int r = 0; r < rows.size(); r++) {
            if (head && r == 1) continue;
            boolean isHead = head && r == 0;
            b.append(isHead ? "<tr class=\"head\">" : "<tr>");
            for (String cell : cells(rows.get(r))) {
                b.append("<td style=\"padding:.2em .6em;border-bottom:1px solid rgba(128,128,128,").append(isHead ? ".7" : ".35")
                        .append(");text-align:left\">").append(isHead ? "<b>" : "").append(inline(cell.strip()))
                        .append(isHead ? "</b>" : "").append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|")) r = r.substring(0, r.length() - 1);
        return List.of(r.split("\\|", -1));
    }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");

    /** Escapes the text, then marks code, bold and http(s) links; code spans are left as they are inside. */
    static String inline(String text) {
        List<String> codes = new ArrayList<>();
        Matcher c = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            c.appendReplacement(out, Matcher.quoteReplacement("\u0000" + codes.size() + "\u0000"));
            codes.add("<code>" + Html.escape(c.group(1)) + "</code>");
        }
        c.appendTail(out);
        String s = Html.escape(out.toString());
        s = STRONG.matcher(s).replaceAll("<b>$1</b>");
        s = LINK.matcher(s).replaceAll("<a href=\"$2\">$1</a>");
        for (int i = 0; i < codes.size(); i++) s = s.replace("\u0000" + i + "\u0000", codes.get(i));
        return s;
    }
}
