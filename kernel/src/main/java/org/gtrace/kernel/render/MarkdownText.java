package org.gtrace.kernel.render;

import java.util.regex.Pattern;

/**
 * Markdown as plain text, for clients that show only {@code text/plain} (the classic Notebook's
 * Shift+Tab pager, jupyter-console): emphasis and code marks dropped, links as "text (url)",
 * heading marks removed. Tables and lists already read as text and are left as they are.
 */
public final class MarkdownText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*\\n]+?)(?<!\\s)\\*(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");

    private MarkdownText() {}

    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t]*$");

    /**
     * Headings as bold lines. JupyterLab's table of contents lists every heading of every output:
     * an explanation's derivations filled it with entries among the notebook's own.
     */
    public static String headingsAsBold(String markdown) {
        return HEADING_LINE.matcher(markdown).replaceAll(m -> "**" + java.util.regex.Matcher.quoteReplacement(m.group(1)) + "**");
    }

    public static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1 ($2)");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        return HEADING.matcher(s).replaceAll("");
    }
}
