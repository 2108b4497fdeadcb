package org.gtrace.kernel.render;

import org.gtrace.stdlib.text.HtmlEscape;

/** HTML escaping for text that came from users or data files (the core's escaper, one for both). */
public final class Html {

    private Html() {}

    public static String escape(String s) {
        return HtmlEscape.escape(s);
    }
}
