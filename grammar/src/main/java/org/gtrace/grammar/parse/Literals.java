package org.gtrace.grammar.parse;

import java.math.BigDecimal;

/** Reads number and string literals as written in the language. */
final class Literals {

    private Literals() {}

    /** 700M → 7e8, 1.2B → 1.2e9, 1_082_990 → 1082990; NaN when the text cannot be a finite double. */
    static double number(String text) {
        String t = text.replace("_", "");
        int scale = 0;
        char last = t.charAt(t.length() - 1);
        switch (last) {
            case 'K' -> scale = 3;
            case 'M' -> scale = 6;
            case 'B' -> scale = 9;
            case 'T' -> scale = 12;
            default -> { }
        }
        if (scale > 0) t = t.substring(0, t.length() - 1);
        try {
            double v = new BigDecimal(t).movePointRight(scale).doubleValue();
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException | ArithmeticException e) {
            return Double.NaN;
        }
    }

    /** The text between the quotes with \" \\ \n \t resolved. */
    static String string(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Long literal text shortened for a message: a 400,000-digit number is not echoed whole. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + " characters)";
    }
}
