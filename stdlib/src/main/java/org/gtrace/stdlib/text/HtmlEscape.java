package org.gtrace.stdlib.text;

/** Escapes text that came from users or data files for HTML element content and attributes. */
public final class HtmlEscape {

    private HtmlEscape() {}

    /** {@code <>&"'} as entities; null reads as the empty string. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
