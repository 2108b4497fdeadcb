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

    public static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1 ($2)");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        return HEADING.matcher(s).replaceAll("");
    }
}
